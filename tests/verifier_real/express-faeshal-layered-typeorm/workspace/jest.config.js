// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:jest.config.js
const dotenv = require("dotenv");
