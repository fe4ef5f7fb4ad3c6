// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/model/index.js
const user = require('./user');
