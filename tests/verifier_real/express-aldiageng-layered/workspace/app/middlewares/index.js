// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/middlewares/index.js
const authorization = require("./authorization/authorization");

const bodyValidation = require("./validations/body.validation");

const checkBody = require("./validations/check.body");
