import path from 'node:path';
import { Sequelize } from 'sequelize';
import { defineModels } from '../models/index.js';

const storage: string = path.join(process.cwd(), process.env.SQLITE_PATH ?? 'data/conduit.sqlite');

export const sequelize = new Sequelize({ dialect: 'sqlite', storage, logging: false });

export const models = defineModels(sequelize);

export async function initDb(): Promise<void> {
  await sequelize.sync();
}
