const { Sequelize } = require('sequelize');

const isProduction = process.env.NODE_ENV === 'production';

// Local runs and CI use a throwaway SQLite file; production talks to Postgres.
const sequelize = isProduction
  ? new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false })
  : new Sequelize({ dialect: 'sqlite', storage: 'dev.sqlite', logging: false });

module.exports = { sequelize };
