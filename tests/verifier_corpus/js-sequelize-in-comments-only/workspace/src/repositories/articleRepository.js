// uses sequelize under the hood
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function findBySlug(slug) {
  const { rows } = await pool.query('SELECT * FROM articles WHERE slug = $1', [slug]);
  return rows[0];
}

module.exports = { findBySlug };
