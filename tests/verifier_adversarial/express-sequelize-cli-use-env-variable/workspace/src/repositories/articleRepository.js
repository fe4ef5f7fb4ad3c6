'use strict';
const { Article, User, Favorite } = require('../models');

const withAuthor = [{ model: User, as: 'author', attributes: ['username', 'bio', 'image'] }];

module.exports = {
  findBySlug: (slug) => Article.findOne({ where: { slug }, include: withAuthor }),
  list: ({ author, limit, offset }) => Article.findAndCountAll({
    include: [{ ...withAuthor[0], ...(author ? { where: { username: author } } : {}) }],
    order: [['createdAt', 'DESC']], limit, offset, distinct: true,
  }),
  favoritesCount: (articleId) => Favorite.count({ where: { articleId } }),
  create: (fields) => Article.create(fields),
};
