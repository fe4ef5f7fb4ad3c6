// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/controllers/api/index.js
const main = require("./main");

const v1 = require("./v1");
