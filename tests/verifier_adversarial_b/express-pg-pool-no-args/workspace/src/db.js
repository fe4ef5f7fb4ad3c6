const fs = require('fs');
const path = require('path');
const { Pool } = require('pg');

// connection settings come from the standard PG* environment variables
const pool = new Pool({ max: 10, idleTimeoutMillis: 30000 });

async function migrate() {
  await pool.query(fs.readFileSync(path.join(__dirname, 'schema.sql'), 'utf8'));
}

module.exports = { pool, migrate };
