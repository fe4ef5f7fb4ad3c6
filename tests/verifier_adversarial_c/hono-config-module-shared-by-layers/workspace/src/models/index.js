const { Sequelize } = require('sequelize');
const defineUser = require('./user');
const config = require('../config');

const sequelize = new Sequelize(config.databaseUrl, { logging: false });
const User = defineUser(sequelize);

module.exports = { sequelize, User };
