'use strict';
const { Pool } = require('pg');

// a dedicated tiny pool so the probe never waits behind application queries
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });

async function healthCheck(req, res) {
  try {
    await pool.query('SELECT 1');
    res.json({ status: 'ok', database: 'up' });
  } catch (error) {
    res.status(503).json({ status: 'starting', error: error.message });
  }
}

module.exports = { healthCheck };
