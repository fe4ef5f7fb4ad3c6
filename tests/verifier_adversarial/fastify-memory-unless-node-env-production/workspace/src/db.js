// Storage (start-up wiring): the real file in production, a throwaway in-memory database everywhere else.
import path from 'node:path';
import { Sequelize } from 'sequelize';

const isProduction = process.env.NODE_ENV === 'production';

export function createSequelize() {
  if (!isProduction) return new Sequelize('sqlite::memory:', { logging: false });
  return new Sequelize({ dialect: 'sqlite', storage: path.resolve(process.env.SQLITE_PATH), logging: false });
}
