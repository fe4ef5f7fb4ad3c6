// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/constant/index.js
const ROLE = require('./ROLE');

const REG_EXP = require('./REG_EXP');

const ERROR = require('./ERROR');

const WS_TYPE = require('./WS_TYPE');
