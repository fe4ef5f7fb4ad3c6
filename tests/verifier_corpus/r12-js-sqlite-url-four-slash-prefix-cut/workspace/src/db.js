const { Sequelize } = require('sequelize');

const PREFIX = 'sqlite:////';
const url = process.env.DATABASE_URL;
const storage = url.slice(PREFIX.length);

const sequelize = new Sequelize({ dialect: 'sqlite', storage, logging: false });

module.exports = { sequelize };
