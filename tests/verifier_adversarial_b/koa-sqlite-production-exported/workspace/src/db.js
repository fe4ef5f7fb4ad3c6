const Database = require('better-sqlite3');

const file = process.env.NODE_ENV === 'production' ? process.env.SQLITE_PATH : ':memory:';
const db = new Database(file);

db.exec(`
  CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT);
  CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, article_id INTEGER, author_id INTEGER, body TEXT, created_at TEXT);
`);

module.exports = db;
