'use strict';
const Database = require('better-sqlite3');

let db;
function handle() {
  if (!db) db = new Database(process.env.SQLITE_PATH, { readonly: true });
  return db;
}

function searchSlugs(term, limit = 20) {
  return handle()
    .prepare('SELECT slug FROM articles WHERE title LIKE ? OR description LIKE ? ORDER BY createdAt DESC LIMIT ?')
    .all(`%${term}%`, `%${term}%`, limit)
    .map((row) => row.slug);
}

module.exports = { searchSlugs };
