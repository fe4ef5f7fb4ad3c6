'use strict';

const { db } = require('../db.js');

const forArticle = (articleId) =>
  db.all('SELECT * FROM comments WHERE article_id = ? ORDER BY id', [articleId]);

const findById = (articleId, id) =>
  db.get('SELECT * FROM comments WHERE article_id = ? AND id = ?', [articleId, id]);

async function insert({ articleId, authorId, body }) {
  const now = new Date().toISOString();
  return db.get(
    'INSERT INTO comments (article_id, author_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING *',
    [articleId, authorId, body, now, now],
  );
}

const remove = (id) => db.run('DELETE FROM comments WHERE id = ?', [id]);

module.exports = { forArticle, findById, insert, remove };
