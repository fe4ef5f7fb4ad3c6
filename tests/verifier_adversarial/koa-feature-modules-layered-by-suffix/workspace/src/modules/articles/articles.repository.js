'use strict';
const { Article } = require('./article.model');

module.exports = {
  findBySlug: (slug) => Article.findOne({ where: { slug } }),
  page: (limit, offset) => Article.findAndCountAll({ order: [['createdAt', 'DESC']], limit, offset }),
  create: (fields) => Article.create(fields),
};
