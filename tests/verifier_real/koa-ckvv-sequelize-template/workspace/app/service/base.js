// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/service/base.js
const models = require('../model');

const { ERROR } = require('../constant');

class BaseService {
  constructor() {
    this.models = models;
    this.ERROR = ERROR;
  }
}

module.exports = BaseService;
