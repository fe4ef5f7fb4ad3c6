const articleRepository = require('../repositories/articleRepository');

async function loadArticle(req, res, next) {
  req.article = await articleRepository.findBySlug(req.params.slug);
  next();
}

module.exports = { loadArticle };
