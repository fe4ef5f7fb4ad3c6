const articleService = require('../services/articleService');

async function slugIsFree(slug) {
  try {
    await articleService.getArticle(slug);
    return false;
  } catch (err) {
    return true;
  }
}

module.exports = { slugIsFree };
