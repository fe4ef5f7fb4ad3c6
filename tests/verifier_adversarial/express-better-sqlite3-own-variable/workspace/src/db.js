'use strict';
const Database = require('better-sqlite3');

const db = new Database(process.env.SQLITE_FILE || 'conduit.db');
db.pragma('journal_mode = WAL');
db.exec(`
  CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT UNIQUE NOT NULL,
                                    password_hash TEXT NOT NULL, bio TEXT, image TEXT);
  CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT NOT NULL,
                                       description TEXT NOT NULL, body TEXT NOT NULL, author_id INTEGER NOT NULL,
                                       created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
`);

module.exports = db;
