const Database = require('better-sqlite3');

// keep dev and test runs hermetic; production uses the mounted file
const file = process.env.NODE_ENV === 'production' ? process.env.SQLITE_PATH : ':memory:';
const db = new Database(file);

db.exec(`
  CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT);
  CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, body TEXT, author_id INTEGER);
`);

module.exports = db;
