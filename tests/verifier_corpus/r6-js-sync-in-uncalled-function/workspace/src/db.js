const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });

async function initDatabase() {
  await sequelize.sync();
}

module.exports = { sequelize };
