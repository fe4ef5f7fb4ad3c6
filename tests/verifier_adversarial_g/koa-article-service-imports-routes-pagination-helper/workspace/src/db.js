import { Sequelize } from 'sequelize';

/**
 * PostgreSQL: DATABASE_URL as given (it names the unix-socket directory in `?host=`), else the PG* variables.
 */
function connect() {
  const options = { dialect: 'postgres', logging: false };
  if (process.env.DATABASE_URL) return new Sequelize(process.env.DATABASE_URL, options);
  return new Sequelize(process.env.PGDATABASE ?? 'conduit', process.env.PGUSER ?? 'conduit', process.env.PGPASSWORD ?? '', {
    ...options,
    host: process.env.PGHOST,
    port: Number(process.env.PGPORT ?? 5432),
  });
}

export const sequelize = connect();
