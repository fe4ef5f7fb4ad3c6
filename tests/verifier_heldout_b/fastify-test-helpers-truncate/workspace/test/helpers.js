'use strict';
// Test helpers: a fresh schema per test file. Raw SQL is fine here, this never runs in the server.
const { buildContainer } = require('../src/container.js');

async function freshContainer() {
  const container = await buildContainer();
  await container.sequelize.query('TRUNCATE users, articles, tags, comments, favorites, follows, article_tags RESTART IDENTITY CASCADE');
  return container;
}

module.exports = { freshContainer };
