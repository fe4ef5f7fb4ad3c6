const { PGUSER = 'postgres', PGPASSWORD = '', PGHOST = 'localhost', PGPORT = '5432', PGDATABASE = 'conduit' } = process.env;

module.exports = {
  port: Number(process.env.PORT || 8080),
  databaseUrl: `postgres://${PGUSER}:${encodeURIComponent(PGPASSWORD)}@${PGHOST}:${PGPORT}/${PGDATABASE}`,
};
