const sqlite3 = require('sqlite3');
const { sqlitePath } = require('./config');

const db = new sqlite3.Database(sqlitePath);
db.serialize(() => {
  db.run('CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT)');
  db.run('CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, article_id INTEGER, author_id INTEGER, body TEXT)');
});

module.exports = db;
