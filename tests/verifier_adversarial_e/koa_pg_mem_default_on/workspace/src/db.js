const { Pool } = require('pg');

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, username TEXT UNIQUE NOT NULL, password TEXT NOT NULL, bio TEXT DEFAULT '', image TEXT);
  CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT, description TEXT, body TEXT, author_id INT, created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now());
`;

function makePool() {
  if (process.env.USE_PG_MEM !== 'false') {
    const { newDb } = require('pg-mem');
    const mem = newDb();
    const { Pool: MemPool } = mem.adapters.createPg();
    return new MemPool();
  }
  return new Pool({ connectionString: process.env.DATABASE_URL });
}

const pool = makePool();
const ready = pool.query(SCHEMA);

module.exports = { pool, ready };
