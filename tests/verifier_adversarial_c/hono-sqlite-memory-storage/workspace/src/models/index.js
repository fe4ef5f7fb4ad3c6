const { Sequelize } = require('sequelize');
const defineUser = require('./user');

const sequelize = new Sequelize({ dialect: 'sqlite', storage: ':memory:', logging: false });
const User = defineUser(sequelize);

module.exports = { sequelize, User };
