// Storage: DB_STORAGE names the SQLite file; without it we keep an in-memory database (tests, demos).
import { Sequelize } from 'sequelize';

export function createSequelize() {
  return new Sequelize({
    dialect: 'sqlite',
    storage: process.env.DB_STORAGE ?? ':memory:',
    logging: process.env.SQL_LOG === '1' ? console.log : false,
  });
}
