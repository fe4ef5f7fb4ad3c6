const { Sequelize } = require('sequelize');

const url = `sqlite:${process.env.SQLITE_PATH}`;
const sequelize = new Sequelize(url, { dialect: 'sqlite', logging: false });

module.exports = { sequelize };
