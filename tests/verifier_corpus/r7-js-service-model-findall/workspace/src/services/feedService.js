const { Article } = require('../models/article');

async function feed() {
  return Article.findAll({ order: [['createdAt', 'DESC']] });
}

module.exports = { feed };
