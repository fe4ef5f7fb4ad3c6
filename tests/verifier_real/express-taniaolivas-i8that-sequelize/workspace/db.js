// excerpt of https://github.com/TaniaOlivas/i8that_server@2fd6b886d547:db.js
const { Sequelize } = require('sequelize');

const db = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  ssl: process.env.ENVIRONMENT === 'production',
});

module.exports = db;
