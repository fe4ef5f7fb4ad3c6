const repo = require('../repositories/articleRepository');
const { ForbiddenError } = require('./errors');

exports.update = async (slug, userId, changes) => {
  const article = await repo.getBySlug(slug);
  if (article.authorId !== userId) throw new ForbiddenError();
  return repo.save(Object.assign(article, changes));
};
