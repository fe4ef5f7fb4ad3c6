const ArticleService = require('./services/articleService');
module.exports = { ArticleService };
