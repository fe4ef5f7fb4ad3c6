const { Sequelize } = require('sequelize');
const defineUser = require('./user');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const User = defineUser(sequelize);

module.exports = { sequelize, User };
