// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:index.js
require('dotenv').config({
  path: './config/.env',
});

const config = require('./config');

require('./app/app').start();
