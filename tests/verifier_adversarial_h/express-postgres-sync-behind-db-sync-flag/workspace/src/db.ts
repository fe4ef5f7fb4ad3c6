import { Sequelize } from 'sequelize';
import { env } from './env.js';

export const sequelize = new Sequelize(env.DATABASE_URL, {
  dialect: 'postgres',
  logging: env.DB_LOGGING === 'true' ? console.log : false,
  pool: { max: 10, idle: 10_000 },
});
