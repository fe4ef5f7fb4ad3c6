const articles = require('../repositories/articleRepository');
const { FEED_LIMIT_DEFAULT } = require('../models/article');
exports.feed = (user, limit = FEED_LIMIT_DEFAULT, offset = 0) => articles.byAuthors([...(user.following || [])], limit, offset);
