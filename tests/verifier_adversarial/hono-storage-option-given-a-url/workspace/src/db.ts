// Storage (start-up wiring): the platform's DATABASE_URL names the SQLite database.
import { Sequelize } from 'sequelize';

export function createSequelize() {
  return new Sequelize({ dialect: 'sqlite', storage: process.env.DATABASE_URL ?? 'conduit.sqlite', logging: false });
}
