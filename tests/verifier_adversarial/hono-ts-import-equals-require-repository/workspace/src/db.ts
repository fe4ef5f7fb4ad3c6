// Storage (start-up wiring): PostgreSQL from DATABASE_URL, handed to Sequelize unchanged.
import { Sequelize } from 'sequelize';

export function createSequelize() {
  return new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });
}
