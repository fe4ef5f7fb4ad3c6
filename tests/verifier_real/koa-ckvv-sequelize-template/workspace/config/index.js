// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:config/index.js
const defaultConfig = require('./config.default');

const mixinConfig = require(`./config.${process.env.NODE_ENV}`);
