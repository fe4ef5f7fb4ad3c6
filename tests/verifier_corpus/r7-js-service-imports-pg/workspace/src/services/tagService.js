const { Pool } = require('pg');

const pool = new Pool();

async function tags() {
  const { rows } = await pool.query('SELECT name FROM tags');
  return rows.map((r) => r.name);
}

module.exports = { tags };
