// The Sequelize instance for the SQLite file given in SQLITE_PATH.
import path from 'node:path';
import { Sequelize } from 'sequelize';

function createSequelize(env = process.env) {
  const storage = path.resolve(env.SQLITE_PATH);
  return new Sequelize({ dialect: 'sqlite', storage, logging: false });
}

export { createSequelize };
