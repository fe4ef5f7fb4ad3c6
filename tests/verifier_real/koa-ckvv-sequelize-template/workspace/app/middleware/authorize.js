// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/middleware/authorize.js
const { verifyToken } = require('../utils/authorize');

const { ERROR } = require('../constant');
