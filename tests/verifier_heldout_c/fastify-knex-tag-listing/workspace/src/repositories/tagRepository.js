'use strict';
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 2 } });

async function popular(limit = 20) {
  const rows = await knex('tags')
    .select('tags.name')
    .count('article_tags.ArticleId as uses')
    .leftJoin('article_tags', 'article_tags.TagId', 'tags.id')
    .groupBy('tags.name')
    .orderBy([{ column: 'uses', order: 'desc' }, { column: 'tags.name' }])
    .limit(limit);
  return rows.map((r) => r.name);
}

module.exports = { popular };
