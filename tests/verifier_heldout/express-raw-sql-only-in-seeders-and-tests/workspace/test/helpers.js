const { sequelize } = require('../src/models');

// Wipe every table between tests; faster than re-syncing.
async function resetDatabase() {
  for (const table of ['article_tags', 'favorites', 'follows', 'Articles', 'Tags', 'Users']) {
    await sequelize.query(`DELETE FROM ${table}`);
  }
}

module.exports = { resetDatabase };
