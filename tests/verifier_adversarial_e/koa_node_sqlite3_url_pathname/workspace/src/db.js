const sqlite3 = require('sqlite3');
const { promisify } = require('util');

const file = decodeURIComponent(new URL(process.env.DATABASE_URL).pathname);
const db = new sqlite3.Database(file);

const run = (sql, params = []) => new Promise((resolve, reject) => {
  db.run(sql, params, function done(err) { if (err) reject(err); else resolve(this); });
});
const all = promisify(db.all.bind(db));
const get = promisify(db.get.bind(db));

function migrate() {
  return new Promise((resolve, reject) => {
    db.serialize(() => {
      db.run('CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE, password TEXT, bio TEXT, image TEXT)');
      db.run('CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, body TEXT, article_id INTEGER, author_id INTEGER, created_at TEXT, updated_at TEXT)', (err) => (err ? reject(err) : resolve()));
    });
  });
}

module.exports = { db, run, all, get, migrate };
