const repo = require('../repositories/articleRepository');

exports.get = (slug) => repo.bySlug(slug);
exports.remove = (slug) => repo.remove(slug);
