// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/utils/index.js
const hashPassword = require("./hash.password");

const checkPassword = require("./check.password");

const createToken = require("./create.token");
