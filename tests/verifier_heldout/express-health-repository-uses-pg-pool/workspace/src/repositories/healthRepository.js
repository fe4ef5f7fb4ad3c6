const { Pool } = require('pg');

// A tiny dedicated pool so health checks never queue behind ORM traffic.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });

async function ping() {
  const { rows } = await pool.query('SELECT 1 AS ok');
  return rows[0].ok === 1;
}

module.exports = { ping };
