'use strict';

// articleId -> sorted tag names; tag -> Set of article ids
const tagsByArticle = new Map();
const articlesByTag = new Map();

function set(articleId, tags) {
  clear(articleId);
  const unique = [...new Set(tags.map((t) => String(t).trim()).filter(Boolean))].sort();
  tagsByArticle.set(articleId, unique);
  for (const tag of unique) {
    if (!articlesByTag.has(tag)) articlesByTag.set(tag, new Set());
    articlesByTag.get(tag).add(articleId);
  }
}

function clear(articleId) {
  for (const tag of tagsByArticle.get(articleId) ?? []) {
    const ids = articlesByTag.get(tag);
    ids?.delete(articleId);
    if (ids && ids.size === 0) articlesByTag.delete(tag);
  }
  tagsByArticle.delete(articleId);
}

const of = (articleId) => tagsByArticle.get(articleId) ?? [];
const articleIds = (tag) => [...(articlesByTag.get(tag) ?? [])];
const all = () => [...articlesByTag.keys()].sort();

module.exports = { set, clear, of, articleIds, all };
