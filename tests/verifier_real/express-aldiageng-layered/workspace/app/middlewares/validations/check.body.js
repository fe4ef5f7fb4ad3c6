// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/middlewares/validations/check.body.js
const { validationResult } = require("express-validator")

const  errorCheck = require("../../errors/error.check")
