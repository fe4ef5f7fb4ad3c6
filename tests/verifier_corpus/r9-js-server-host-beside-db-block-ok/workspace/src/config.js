module.exports = {
  server: {
    host: 'localhost',
    port: Number(process.env.PORT || 3000),
  },
  db: {
    user: process.env.PGUSER,
    database: process.env.PGDATABASE,
    host: process.env.PGHOST,
  },
};
