const { Favorite } = require('../models');
exports.add = (userId, articleId) => Favorite.findOrCreate({ where: { userId, articleId } });
exports.count = (articleId) => Favorite.count({ where: { articleId } });
