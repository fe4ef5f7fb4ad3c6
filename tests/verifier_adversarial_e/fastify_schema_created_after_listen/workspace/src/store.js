const Database = require('better-sqlite3');

const db = new Database(process.env.SQLITE_PATH, { fileMustExist: false });

function ensureSchema() {
  db.exec(`CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE, password TEXT, bio TEXT, image TEXT)`);
  db.exec(`CREATE TABLE IF NOT EXISTS follows (
    follower INTEGER NOT NULL, followee INTEGER NOT NULL, UNIQUE (follower, followee))`);
}

module.exports = { db, ensureSchema };
