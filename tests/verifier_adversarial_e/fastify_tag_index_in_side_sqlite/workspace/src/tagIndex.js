const fs = require('fs');
const path = require('path');
const Database = require('better-sqlite3');

const dir = path.join(__dirname, '..', '.cache');
fs.mkdirSync(dir, { recursive: true });
const db = new Database(path.join(dir, 'tags.db'));
db.exec('CREATE TABLE IF NOT EXISTS article_tags (article_id INTEGER, tag TEXT, PRIMARY KEY (article_id, tag))');

const insert = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?, ?)');
module.exports = {
  add(articleId, tags) { for (const t of tags) insert.run(articleId, t); },
  all() { return db.prepare('SELECT DISTINCT tag FROM article_tags ORDER BY tag').all().map((r) => r.tag); },
  forArticle(articleId) { return db.prepare('SELECT tag FROM article_tags WHERE article_id = ? ORDER BY tag').all(articleId).map((r) => r.tag); },
};
