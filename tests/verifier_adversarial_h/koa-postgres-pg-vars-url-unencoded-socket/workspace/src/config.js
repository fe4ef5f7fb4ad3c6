const {
  PGUSER = 'conduit',
  PGPASSWORD = 'conduit',
  PGHOST = 'localhost',
  PGPORT = '5432',
  PGDATABASE = 'conduit',
} = process.env;

export const config = {
  port: Number(process.env.PORT ?? 3000),
  databaseUrl: `postgres://${PGUSER}:${encodeURIComponent(PGPASSWORD)}@${PGHOST}:${PGPORT}/${PGDATABASE}`,
};
