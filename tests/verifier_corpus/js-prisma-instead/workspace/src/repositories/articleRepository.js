const { prisma } = require('../db');

async function findBySlug(slug) {
  return prisma.article.findUnique({ where: { slug } });
}

module.exports = { findBySlug };
