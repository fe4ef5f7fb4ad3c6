const fs = require('fs/promises');
const path = require('path');
const { Pool } = require('pg');

const pool = new Pool();

async function migrate() {
  const dir = path.join(__dirname, '..', 'migrations');
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  for (const f of files) {
    await pool.query(await fs.readFile(path.join(dir, f), 'utf8'));
  }
}

module.exports = { pool, migrate };
