'use strict';
// Full-text search over articles (Postgres tsvector was overkill for this).
const path = require('node:path');
const Database = require('better-sqlite3');

const db = new Database(path.join(__dirname, '..', '..', 'search.db'));
db.pragma('journal_mode = WAL');
db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(slug UNINDEXED, title, description, body)');

const insert = db.prepare('INSERT INTO article_fts (slug, title, description, body) VALUES (?, ?, ?, ?)');
const remove = db.prepare('DELETE FROM article_fts WHERE slug = ?');
const search = db.prepare('SELECT slug FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT 50');

module.exports = {
  index: (a) => insert.run(a.slug, a.title, a.description, a.body),
  drop: (slug) => remove.run(slug),
  find: (text) => search.all(text).map((r) => r.slug),
};
