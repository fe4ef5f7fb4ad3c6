// excerpt of https://github.com/kayzkenny/koa-sequelize@0a9b08b1d2f7:controllers/index.js
const CompanyController = require("./company.controller");

const JobController = require("./job.controller");

const ApplicationController = require("./application.controller");

const UserController = require("./user.controller");
