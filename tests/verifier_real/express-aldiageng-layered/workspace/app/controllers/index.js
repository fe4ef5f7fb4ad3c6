// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/controllers/index.js
const api = require("./api");
