const { Article } = require('../models/article');

async function slugIsFree(slug) {
  const existing = await Article.findOne({ where: { slug } });
  return existing === null;
}

module.exports = { slugIsFree };
