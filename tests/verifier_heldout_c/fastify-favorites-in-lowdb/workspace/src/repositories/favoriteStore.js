'use strict';
const path = require('path');
const low = require('lowdb');
const FileSync = require('lowdb/adapters/FileSync');

const db = low(new FileSync(path.join(__dirname, '..', '..', 'data', 'favorites.json')));
db.defaults({ favorites: [] }).write();

function set(userId, articleId, on) {
  db.get('favorites').remove({ userId, articleId }).write();
  if (on) db.get('favorites').push({ userId, articleId }).write();
}

function usersOf(articleId) {
  return db.get('favorites').filter({ articleId }).map('userId').value();
}

module.exports = { set, usersOf };
