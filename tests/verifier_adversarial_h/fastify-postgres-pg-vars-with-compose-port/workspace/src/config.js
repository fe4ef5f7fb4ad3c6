// Local development uses docker-compose, which publishes Postgres on 5433
// so it does not clash with a system-wide server.
export const database = {
  host: process.env.PGHOST ?? 'localhost',
  port: Number(process.env.POSTGRES_PORT ?? 5433),
  user: process.env.PGUSER ?? 'conduit',
  password: process.env.PGPASSWORD ?? 'conduit',
  database: process.env.PGDATABASE ?? 'conduit',
  max: 10,
};

export const server = {
  port: Number(process.env.PORT ?? 3000),
  host: '0.0.0.0',
};
