// Storage (start-up wiring): PostgreSQL. Query parameters (sslmode & co.) are dropped: Sequelize takes SSL via dialectOptions.
import { Sequelize } from 'sequelize';

export function createSequelize() {
  const url = (process.env.DATABASE_URL ?? '').split('?')[0];
  return new Sequelize(url, { dialect: 'postgres', logging: false, dialectOptions: {} });
}
