const { Sequelize } = require('sequelize');
const defineUser = require('./user');

const sequelize = new Sequelize({ dialect: 'sqlite', storage: './data/conduit.sqlite', logging: false });
const User = defineUser(sequelize);

module.exports = { sequelize, User };
