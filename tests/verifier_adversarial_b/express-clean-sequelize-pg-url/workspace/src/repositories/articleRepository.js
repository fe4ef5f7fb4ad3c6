const { Article, User } = require('../models');

exports.findBySlug = (slug) => Article.findOne({ where: { slug }, include: [{ model: User, as: 'author' }] });
exports.create = (data) => Article.create(data);
exports.destroy = (article) => article.destroy();
