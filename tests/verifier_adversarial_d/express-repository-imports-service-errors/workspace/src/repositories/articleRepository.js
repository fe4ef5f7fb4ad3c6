const Article = require('../models/Article');
const { NotFoundError } = require('../services/errors');

const rows = new Map();

exports.getBySlug = async (slug) => {
  const row = rows.get(slug);
  if (!row) throw new NotFoundError('article');
  return new Article(row);
};
exports.save = async (article) => { rows.set(article.slug, { ...article }); return article; };
