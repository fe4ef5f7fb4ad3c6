const articleRepository = require('../repositories/articleRepository');

class NotFoundError extends Error {}

async function getArticle(slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError(`article ${slug} not found`);
  return article;
}

async function show(req, res) {
  const article = await articleRepository.findBySlug(req.params.slug);
  if (!article) return res.status(404).json({ errors: { body: ['not found'] } });
  return res.json({ article });
}

module.exports = { getArticle, show, NotFoundError };
