// Demo content for local development: `npm run seed`. Not part of the server.
const { sequelize } = require('../src/models');

async function main() {
  await sequelize.sync();
  await sequelize.query(
    `INSERT INTO Users (email, username, passwordHash, bio, createdAt, updatedAt)
     VALUES ('demo@example.com', 'demo', 'x', '', datetime('now'), datetime('now'))`,
  );
  await sequelize.close();
}

main();
