// excerpt of https://github.com/kayzkenny/koa-sequelize@0a9b08b1d2f7:services/util.services.js
const bcrypt = require("bcrypt");
