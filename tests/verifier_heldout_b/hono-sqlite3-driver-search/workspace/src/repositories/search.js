'use strict';
// Title/body search straight on the SQLite file (LIKE with an index-friendly prefix is enough for now).
const sqlite3 = require('sqlite3');

const db = new sqlite3.Database(process.env.SQLITE_PATH, sqlite3.OPEN_READONLY);

function searchSlugs(term, limit = 20) {
  return new Promise((resolve, reject) => {
    db.all(
      'SELECT slug FROM articles WHERE title LIKE ? OR body LIKE ? ORDER BY createdAt DESC LIMIT ?',
      [`%${term}%`, `%${term}%`, limit],
      (err, rows) => (err ? reject(err) : resolve(rows.map((r) => r.slug))),
    );
  });
}

module.exports = { searchSlugs };
