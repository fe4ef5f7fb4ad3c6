const repo = require('../repositories/feed');
exports.feed = async (userId, limit = 20, offset = 0) => {
  const articles = await repo.feedFor(userId, limit, offset);
  return { articles, articlesCount: articles.length };
};
