// Storage: Postgres. POSTGRES_URL comes from the deployment (docker-compose / Vercel); local default below.
import { Sequelize } from 'sequelize';

const url = process.env.POSTGRES_URL ?? 'postgres://postgres:postgres@localhost:5432/conduit';

export function createSequelize() {
  return new Sequelize(url, { dialect: 'postgres', logging: false, pool: { max: 10 } });
}
