import { Sequelize } from 'sequelize';

/** PostgreSQL over the unix socket named in DATABASE_URL (?host=/socket/dir); the PG* variables otherwise. */
function connect() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const parsed = new URL(url);
    return new Sequelize(decodeURIComponent(parsed.pathname.slice(1)), decodeURIComponent(parsed.username), decodeURIComponent(parsed.password), {
      dialect: 'postgres',
      host: parsed.searchParams.get('host') ?? process.env.PGHOST,
      logging: false,
    });
  }
  return new Sequelize(process.env.PGDATABASE, process.env.PGUSER, process.env.PGPASSWORD, {
    dialect: 'postgres',
    host: process.env.PGHOST,
    port: Number(process.env.PGPORT ?? 5432),
    logging: false,
  });
}

export const sequelize = connect();
