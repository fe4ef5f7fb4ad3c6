const { sequelize } = require('../db');

async function follow(followerId, followedId) {
  const queryInterface = sequelize.getQueryInterface();
  await queryInterface.bulkInsert('follows', [{ followerId, followedId }]);
}

module.exports = { follow };
