'use strict';
// Development seed data: node scripts/seed.js
const { sequelize } = require('../src/models');
const users = require('../src/services/users');

(async () => {
  await sequelize.sync();
  await users.register({ username: 'alice', email: 'alice@example.com', password: 'password123' });
  console.log('seeded');
  await sequelize.close();
})();
