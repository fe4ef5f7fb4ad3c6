module.exports = {
  db: {
    host: process.env.DB_HOST || 'localhost',
    port: 5432,
    user: process.env.PGUSER || 'postgres',
    password: process.env.PGPASSWORD || 'postgres',
    database: process.env.PGDATABASE || 'conduit',
  },
  port: Number(process.env.PORT || 3000),
};
