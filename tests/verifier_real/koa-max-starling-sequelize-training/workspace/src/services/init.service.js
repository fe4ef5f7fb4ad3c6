// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/services/init.service.js
const sequelizeService = require('./sequelize.service');

module.exports = async (ctx) => {
  sequelizeService.init();
  ctx.body = 'init';
};
