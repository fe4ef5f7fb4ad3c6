// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/controller/sign.js
const service = require('../service');

const parameter = require('../utils/parameter');

const { RULES } = require('../utils/parameterRules');

const { jwtSign } = require('../utils/jwt');

const { ERROR } = require('../constant');
