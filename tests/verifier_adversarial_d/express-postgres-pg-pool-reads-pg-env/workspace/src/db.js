const fs = require('node:fs');
const path = require('node:path');
const { Pool } = require('pg');

// PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE are read by pg itself.
const pool = new Pool();

async function migrate() {
  await pool.query(fs.readFileSync(path.join(__dirname, 'schema.sql'), 'utf8'));
}

module.exports = { pool, migrate };
