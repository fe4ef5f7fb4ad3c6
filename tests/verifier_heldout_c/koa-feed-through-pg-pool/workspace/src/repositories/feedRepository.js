'use strict';
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });

async function feedSlugs(followerId, limit, offset) {
  const { rows } = await pool.query(
    `SELECT a.slug FROM articles a
       JOIN follows f ON f."followedId" = a."authorId"
      WHERE f."followerId" = $1
      ORDER BY a."createdAt" DESC LIMIT $2 OFFSET $3`,
    [followerId, limit, offset],
  );
  return rows.map((r) => r.slug);
}

module.exports = { feedSlugs };
