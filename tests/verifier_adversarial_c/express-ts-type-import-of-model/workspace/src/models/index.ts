import { Sequelize } from 'sequelize';
import { initUser } from './user';

export const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });
export const User = initUser(sequelize);
