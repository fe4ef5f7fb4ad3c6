import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const location = fileURLToPath(new URL(process.env.SQLITE_PATH ?? '../data/conduit.db', import.meta.url));

export function openDatabase() {
  const db = new Database(location);
  db.pragma('foreign_keys = ON');
  db.exec(`
    CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT, bio TEXT, image TEXT);
    CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT, author_id INTEGER REFERENCES users(id) ON DELETE CASCADE);
  `);
  return db;
}
