const fs = require('fs');
const path = require('path');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function main() {
  await pool.query(fs.readFileSync(path.join(__dirname, '../db/init/001_tables.sql'), 'utf8'));
}

main();
