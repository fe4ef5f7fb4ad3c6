// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/controller/user.js
const service = require('../service');

const { ERROR } = require('../constant');
