// excerpt of https://github.com/kayzkenny/koa-sequelize@0a9b08b1d2f7:services/jwt.service.js
const jwt = require("jsonwebtoken");

const config = require("../config/config.json");
