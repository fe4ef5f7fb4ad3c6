'use strict';
// Readiness check with a dedicated tiny pool so that a saturated Sequelize pool does not fail health checks.
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });

async function databaseReady() {
  try {
    await pool.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

module.exports = { databaseReady };
