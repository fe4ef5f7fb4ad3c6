// Storage (start-up wiring): PostgreSQL from the PG* variables, passed through as the driver expects them.
import { Sequelize } from 'sequelize-typescript';
import { models } from './models/index';

export function createSequelize() {
  return new Sequelize({
    dialect: 'postgres',
    database: process.env.PGDATABASE,
    username: process.env.PGUSER,
    password: process.env.PGPASSWORD,
    host: process.env.PGHOST, // a socket directory: pg connects through the unix socket
    port: Number(process.env.PGPORT),
    models,
    logging: false,
  });
}
