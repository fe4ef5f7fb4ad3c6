const path = require('node:path');
const fs = require('node:fs');
const Database = require('better-sqlite3');

const file = path.join(__dirname, '..', process.env.SQLITE_PATH || 'data/conduit.db');
fs.mkdirSync(path.dirname(file), { recursive: true });

const db = new Database(file);
db.pragma('journal_mode = WAL');
db.exec(`
  CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL, username TEXT UNIQUE NOT NULL, password TEXT NOT NULL, bio TEXT, image TEXT);
  CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
`);
module.exports = db;
