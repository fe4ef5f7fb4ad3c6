const articles = require('../repositories/articleRepository');

exports.create = (authorId, input) => articles.create({ ...input, authorId });
exports.get = (slug) => articles.bySlug(slug);
