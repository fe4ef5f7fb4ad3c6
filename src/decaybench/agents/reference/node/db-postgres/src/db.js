'use strict';
// PostgreSQL through Sequelize: DATABASE_URL, or the PG* variables when it is absent.
const { Sequelize } = require('sequelize');

function createSequelize() {
  const options = { dialect: 'postgres', logging: false };
  if (process.env.DATABASE_URL) return new Sequelize(process.env.DATABASE_URL, options);
  return new Sequelize(process.env.PGDATABASE || 'conduit', process.env.PGUSER || 'conduit', process.env.PGPASSWORD || '', {
    ...options,
    host: process.env.PGHOST || '127.0.0.1',
    port: Number.parseInt(process.env.PGPORT || '5432', 10),
  });
}

module.exports = { createSequelize };
