// Storage (start-up wiring): the SQLite file the evaluator names in SQLITE_PATH.
import path from 'node:path';
import { Sequelize } from 'sequelize';

export function createSequelize() {
  const storage = process.env.SQLITE_PATH
    ? path.resolve(process.env.SQLITE_PATH)
    : path.resolve('conduit.sqlite');
  return new Sequelize({ dialect: 'sqlite', storage, logging: false });
}
