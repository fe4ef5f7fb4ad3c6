const { Sequelize } = require('sequelize');

function create() {
  if (process.env.DATABASE_URL) {
    return new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' });
  }
  return new Sequelize('sqlite::memory:', { logging: false });
}

const sequelize = create();

module.exports = { sequelize };
