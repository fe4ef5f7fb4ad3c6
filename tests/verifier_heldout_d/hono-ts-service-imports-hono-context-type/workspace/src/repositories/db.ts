import { Sequelize } from 'sequelize';
import { defineModels } from '../models/index.js';

export const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: process.env.SQLITE_PATH || 'conduit.sqlite3',
  logging: false,
});

export const models = defineModels(sequelize);

export async function initDb() {
  await sequelize.sync();
}
