'use strict';
// PostgreSQL in every deployed environment; an in-memory SQLite database when DATABASE_URL is absent (quick local runs).
const { Sequelize } = require('sequelize');

function createSequelize(env = process.env) {
  const url = env.DATABASE_URL || 'sqlite::memory:';
  return new Sequelize(url, { logging: false });
}

async function ready(sequelize) {
  const [rows] = await sequelize.query('SELECT 1 AS ok');
  return rows.length === 1;
}

module.exports = { createSequelize, ready };
