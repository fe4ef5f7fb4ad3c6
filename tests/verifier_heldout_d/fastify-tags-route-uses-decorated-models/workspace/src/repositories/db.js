import { Sequelize } from 'sequelize';
import { defineModels } from '../models/index.js';

export const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });

export const models = defineModels(sequelize);

export async function initDb() {
  await sequelize.sync();
}
