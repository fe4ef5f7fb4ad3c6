const articleRepository = require('./repositories/articleRepository');
const articleService = require('./services/articleService');

const registry = new Map([
  ['articleRepository', articleRepository],
  ['articleService', articleService],
]);

module.exports = registry;
