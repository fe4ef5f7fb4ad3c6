const { Article } = require('../models/article');
const { sequelize } = require('../db');

async function findBySlug(slug) {
  return Article.findOne({ where: { slug }, order: [[sequelize.literal('"Article"."createdAt"'), 'DESC']] });
}

async function create(fields) {
  return Article.create(fields);
}

module.exports = { findBySlug, create };
