const { Article } = require('../models/article');

async function findBySlug(slug) {
  return Article.findOne({ where: { slug } });
}

async function create(fields) {
  return Article.create(fields);
}

module.exports = { findBySlug, create };
