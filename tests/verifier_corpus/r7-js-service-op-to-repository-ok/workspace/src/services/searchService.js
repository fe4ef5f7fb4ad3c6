const { Op } = require('sequelize');
const articleRepository = require('../repositories/articleRepository');

async function search(term) {
  return articleRepository.findBySlug({ [Op.like]: `%${term}%` });
}

module.exports = { search };
