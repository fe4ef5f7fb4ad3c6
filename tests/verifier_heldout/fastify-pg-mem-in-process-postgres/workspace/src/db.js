const { newDb } = require('pg-mem');

// pg-compatible database; swap for require('pg') once the schema settles.
const mem = newDb();
const { Pool } = mem.adapters.createPg();
const pool = new Pool();

async function migrate() {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE, password_hash TEXT, bio TEXT DEFAULT '', image TEXT);
    CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT,
      author_id INT REFERENCES users(id), created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now());
  `);
}

module.exports = { pool, migrate };
