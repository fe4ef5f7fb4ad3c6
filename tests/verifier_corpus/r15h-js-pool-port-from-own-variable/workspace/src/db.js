const { Pool } = require('pg');

const pool = new Pool({
  host: process.env.PGHOST ?? 'localhost',
  port: Number(process.env.POSTGRES_PORT ?? 5433),
  user: process.env.PGUSER,
  database: process.env.PGDATABASE,
});

module.exports = { pool };
