const { Article } = require('../models/article');

async function loadArticle(req, res, next) {
  req.article = await Article.findOne({ where: { slug: req.params.slug } });
  next();
}

module.exports = { loadArticle };
