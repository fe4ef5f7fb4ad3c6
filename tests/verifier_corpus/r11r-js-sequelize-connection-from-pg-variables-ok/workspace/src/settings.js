module.exports = {
  DB_CONNECTION: process.env.DB_CONNECTION || 'postgres',
  DB_HOST: process.env.PGHOST || '127.0.0.1',
  DB_PORT: Number(process.env.PGPORT || 5432),
  DB_NAME: process.env.PGDATABASE || 'conduit',
  DB_USER: process.env.PGUSER || 'conduit',
  DB_PASSWORD: process.env.PGPASSWORD || '',
};
