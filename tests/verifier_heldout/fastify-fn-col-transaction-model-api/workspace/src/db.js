const { Sequelize } = require('sequelize');

// DATABASE_URL names a unix socket directory in ?host=...; Sequelize passes it to pg as is.
const sequelize = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  logging: false,
});

module.exports = { sequelize };
