'use strict';
// pg-mem: a PostgreSQL-compatible engine, so the SQL below is real Postgres SQL.
const { newDb } = require('pg-mem');

const mem = newDb();
const { Pool } = mem.adapters.createPg();
const pool = new Pool();

async function init() {
  await pool.query(`CREATE TABLE IF NOT EXISTS users (
    id SERIAL PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT UNIQUE NOT NULL,
    password_hash TEXT NOT NULL, bio TEXT, image TEXT)`);
}

module.exports = { pool, init };
