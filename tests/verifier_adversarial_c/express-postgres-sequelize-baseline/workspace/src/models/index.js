const { Sequelize } = require('sequelize');
const defineUser = require('./user');

// PGHOST is the socket directory; pg accepts it as host unchanged.
const sequelize = new Sequelize(process.env.PGDATABASE, process.env.PGUSER, process.env.PGPASSWORD, {
  host: process.env.PGHOST,
  port: process.env.PGPORT ? Number(process.env.PGPORT) : undefined,
  dialect: 'postgres',
  logging: false,
});
const User = defineUser(sequelize);

module.exports = { sequelize, User };
