import { sequelize } from './db.js';

export async function ping() {
  const started = Date.now();
  await sequelize.authenticate();
  return Date.now() - started;
}
