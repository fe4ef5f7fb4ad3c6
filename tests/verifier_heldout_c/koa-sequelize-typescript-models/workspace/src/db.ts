import 'reflect-metadata';
import { Sequelize } from 'sequelize-typescript';
import config from './config';

export const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: config.database.storage,
  logging: false,
});
