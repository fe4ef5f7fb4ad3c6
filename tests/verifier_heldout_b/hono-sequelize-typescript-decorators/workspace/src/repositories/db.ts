// sequelize-typescript's Sequelize on the SQLite file named by SQLITE_PATH.
import path from 'node:path';
import { Sequelize } from 'sequelize-typescript';

export function createSequelize(env = process.env) {
  return new Sequelize({ dialect: 'sqlite', storage: path.resolve(env.SQLITE_PATH as string), logging: false });
}
