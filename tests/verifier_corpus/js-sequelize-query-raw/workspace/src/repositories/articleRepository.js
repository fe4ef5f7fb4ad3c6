const { QueryTypes } = require('sequelize');
const { sequelize } = require('../db');

async function findBySlug(slug) {
  const rows = await sequelize.query('SELECT * FROM "Articles" WHERE slug = :slug', { replacements: { slug }, type: QueryTypes.SELECT });
  return rows[0];
}

module.exports = { findBySlug };
