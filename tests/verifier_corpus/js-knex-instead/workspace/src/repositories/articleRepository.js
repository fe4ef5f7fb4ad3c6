const { db } = require('../db');

async function findBySlug(slug) {
  return db('articles').where({ slug }).first();
}

module.exports = { findBySlug };
