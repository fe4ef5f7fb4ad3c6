import pg from 'pg';
import Database from 'better-sqlite3';

const url = process.env.DATABASE_URL ?? '';

const DDL = [
  'CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE, password TEXT, bio TEXT, image TEXT)',
];

function sqliteAdapter() {
  const db = new Database('./conduit.db');
  for (const s of DDL) db.exec(s.replace('SERIAL', 'INTEGER'));
  return {
    async query(text, params = []) {
      const sql = text.replace(/\$\d+/g, '?');
      const stmt = db.prepare(sql);
      return stmt.reader ? { rows: stmt.all(...params) } : (stmt.run(...params), { rows: [] });
    },
  };
}

async function pgAdapter() {
  const pool = new pg.Pool({ connectionString: url });
  for (const s of DDL) await pool.query(s);
  return pool;
}

export const db = url.startsWith('postgres://') ? await pgAdapter() : sqliteAdapter();
