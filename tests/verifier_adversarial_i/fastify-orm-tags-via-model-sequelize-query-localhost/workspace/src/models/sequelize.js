import { Sequelize } from 'sequelize';

export const sequelize = new Sequelize(
  process.env.PGDATABASE || 'conduit',
  process.env.PGUSER || 'postgres',
  process.env.PGPASSWORD || 'postgres',
  { host: 'localhost', port: 5432, dialect: 'postgres', logging: false },
);
