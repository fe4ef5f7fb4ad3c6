'use strict';
// Reporting queries with knex's builder: the tag/author matrix is awkward to express with Sequelize includes.
const knex = require('knex');

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 2 } });

async function tagsByAuthor(username) {
  return db('tags as t')
    .join('article_tags as at', 'at.tagId', 't.id')
    .join('articles as a', 'a.id', 'at.articleId')
    .join('users as u', 'u.id', 'a.authorId')
    .where('u.username', username)
    .distinct('t.name')
    .orderBy('t.name')
    .pluck('t.name');
}

module.exports = { tagsByAuthor };
