import { Sequelize } from 'sequelize';
import { defineModels } from '../models/index.js';

const url = process.env.POSTGRES_URL || 'postgres://conduit:conduit@localhost:5432/conduit';

export const sequelize = new Sequelize(url, { dialect: 'postgres', logging: false, pool: { max: 10 } });

export const models = defineModels(sequelize);

export async function initDb() {
  await sequelize.sync();
}
