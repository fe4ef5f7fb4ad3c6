'use strict';
// Comments are short-lived discussion; a Map per article keeps them fast.
let nextId = 1;
const byArticle = new Map();

module.exports = {
  forArticle: (articleId) => byArticle.get(articleId) || [],
  add(articleId, authorId, body) {
    const now = new Date();
    const comment = { id: nextId++, articleId, authorId, body, createdAt: now, updatedAt: now };
    byArticle.set(articleId, [...(byArticle.get(articleId) || []), comment]);
    return comment;
  },
  remove(articleId, id) {
    byArticle.set(articleId, (byArticle.get(articleId) || []).filter((c) => c.id !== id));
  },
};
