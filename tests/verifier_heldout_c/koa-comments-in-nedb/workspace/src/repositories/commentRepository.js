'use strict';
const path = require('path');
const Datastore = require('@seald-io/nedb');

const store = new Datastore({ filename: path.join(__dirname, '..', '..', 'data', 'comments.db'), autoload: true });
let seq = 0;

async function list(articleId) {
  return store.findAsync({ articleId }).sort({ createdAt: -1 });
}

async function add(articleId, authorId, body) {
  const now = new Date();
  seq = Math.max(seq, await store.countAsync({})) + 1;
  return store.insertAsync({ id: seq, articleId, authorId, body, createdAt: now, updatedAt: now });
}

async function find(id) {
  return store.findOneAsync({ id });
}

async function remove(id) {
  await store.removeAsync({ id }, {});
}

module.exports = { list, add, find, remove };
