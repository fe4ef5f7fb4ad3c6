'use strict';
const { sequelize, User, Article } = require('../src/models');

async function seed() {
  await sequelize.sync();
  const [alice] = await User.bulkCreate([
    { username: 'alice', email: 'alice@example.com', passwordHash: 'x$y' },
  ], { ignoreDuplicates: true });
  await Article.bulkCreate([{ slug: 'welcome', title: 'Welcome', description: 'hi', body: 'hello', authorId: alice.id }]);
  await sequelize.close();
}

seed();
