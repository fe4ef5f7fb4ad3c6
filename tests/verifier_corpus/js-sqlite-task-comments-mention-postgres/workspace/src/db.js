// dialect: 'postgres' would need the pg package
/* new Sequelize('postgres://user:pass@localhost:5432/conduit') */
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({ dialect: 'sqlite', storage: process.env.SQLITE_PATH, logging: false });

module.exports = { sequelize };
