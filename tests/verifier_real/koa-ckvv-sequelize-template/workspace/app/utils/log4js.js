// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/utils/log4js.js
const log4js = require('log4js');
