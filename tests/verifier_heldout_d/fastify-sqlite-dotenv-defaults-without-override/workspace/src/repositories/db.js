import { Sequelize } from 'sequelize';
import { defineModels } from '../models/index.js';
import { config } from '../config.js';

export const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: config.sqlitePath,
  logging: false,
});

export const models = defineModels(sequelize);

export async function initDb() {
  await sequelize.sync();
}
