import { Sequelize } from 'sequelize';

const env = process.env;

export const sequelize = new Sequelize(env.PGDATABASE ?? 'conduit', env.PGUSER ?? 'postgres', env.PGPASSWORD, {
  dialect: 'postgres',
  host: '127.0.0.1',
  port: Number(env.PGPORT ?? 5432),
  logging: false,
});
