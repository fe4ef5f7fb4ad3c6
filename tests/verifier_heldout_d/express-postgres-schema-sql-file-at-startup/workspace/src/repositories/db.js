'use strict';
const fs = require('node:fs');
const path = require('node:path');
const pg = require('pg');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

async function query(text, params = []) {
  const result = await pool.query(text, params);
  return result.rows;
}

async function one(text, params = []) {
  const rows = await query(text, params);
  return rows[0] ?? null;
}

async function initDb() {
  const schema = fs.readFileSync(path.join(__dirname, '..', '..', 'sql', 'schema.sql'), 'utf8');
  await pool.query(schema);
}

module.exports = { query, one, initDb };
