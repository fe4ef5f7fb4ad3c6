const pg = require('pg');
const { Sequelize } = require('sequelize');

// Explicit dialectModule keeps bundlers from dropping pg; the PG* variables go to the driver unchanged
// (PGHOST is the unix-socket directory).
const sequelize = new Sequelize(process.env.PGDATABASE, process.env.PGUSER, process.env.PGPASSWORD, {
  dialect: 'postgres',
  dialectModule: pg,
  host: process.env.PGHOST,
  port: process.env.PGPORT ? Number(process.env.PGPORT) : undefined,
  logging: false,
});

module.exports = { sequelize };
