import { Sequelize } from 'sequelize';

// Unix-socket URL (postgresql://user:pw@/db?host=/dir): handed to Sequelize unchanged.
export const sequelize = new Sequelize(process.env.DATABASE_URL as string, {
  dialect: 'postgres',
  logging: false,
});
