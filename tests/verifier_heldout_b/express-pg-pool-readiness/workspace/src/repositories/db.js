'use strict';
// The Sequelize instance for PostgreSQL. DATABASE_URL carries the socket directory in ?host=,
// which pg understands; the PG* variables are the fallback.
const { Sequelize } = require('sequelize');

function createSequelize(env = process.env) {
  const options = { dialect: 'postgres', logging: false, pool: { max: 5 } };
  if (env.DATABASE_URL) return new Sequelize(env.DATABASE_URL, options);
  return new Sequelize(env.PGDATABASE, env.PGUSER, env.PGPASSWORD, { ...options, host: env.PGHOST, port: Number(env.PGPORT || 5432) });
}

module.exports = { createSequelize };
