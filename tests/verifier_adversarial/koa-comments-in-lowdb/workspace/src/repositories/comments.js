'use strict';
// Comments live in a JSON document: append-mostly, never joined.
const path = require('node:path');
const low = require('lowdb');
const FileSync = require('lowdb/adapters/FileSync');

const db = low(new FileSync(path.join(__dirname, '..', '..', 'comments.json')));
db.defaults({ comments: [], nextId: 1 }).write();

class CommentRepository {
  add(articleId, authorId, body) {
    const id = db.get('nextId').value();
    const now = new Date().toISOString();
    const comment = { id, articleId, authorId, body, createdAt: now, updatedAt: now };
    db.get('comments').push(comment).write();
    db.set('nextId', id + 1).write();
    return comment;
  }

  forArticle(articleId) {
    return db.get('comments').filter({ articleId }).sortBy('createdAt').reverse().value();
  }

  remove(id) {
    db.get('comments').remove({ id }).write();
  }
}

module.exports = { CommentRepository };
