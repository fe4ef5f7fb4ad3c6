const path = require('path');
const { Sequelize } = require('sequelize');

console.log('DATABASE_URL is', process.env.DATABASE_URL);
const sequelize = new Sequelize({ dialect: 'sqlite', storage: path.join(__dirname, '../database.sqlite'), logging: false });

module.exports = { sequelize };
