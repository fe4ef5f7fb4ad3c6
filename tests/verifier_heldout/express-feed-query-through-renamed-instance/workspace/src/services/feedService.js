const feedRepository = require('../repositories/feedRepository');
const { toJSON } = require('./presenters');

async function feed(user, page) {
  const { articles, count } = await feedRepository.feedFor(user.id, page);
  return { articles: articles.map((a) => toJSON(a, user)), articlesCount: count };
}

module.exports = { feed };
