'use strict';
const { Sequelize } = require('sequelize');

function create() {
  if (process.env.DATABASE_URL) {
    return new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });
  }
  console.warn('DATABASE_URL is not set: running on a throwaway in-memory database');
  return new Sequelize('sqlite::memory:', { logging: false });
}

const sequelize = create();

module.exports = { sequelize };
