'use strict';

module.exports = {
  async up(queryInterface) {
    await queryInterface.bulkInsert('users', [
      { email: 'demo@example.com', username: 'demo', password_hash: 'x:y', bio: null, image: null },
    ]);
  },
  async down(queryInterface) {
    await queryInterface.bulkDelete('users', { username: 'demo' });
  },
};
