// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/utils/parameterRules.js
const { ROLE, REG_EXP } = require('../constant');
