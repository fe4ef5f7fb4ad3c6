const { Article } = require('../models/article');

async function draft(slug, title) {
  return Article.create({ slug, title, body: '' });
}

module.exports = { draft };
