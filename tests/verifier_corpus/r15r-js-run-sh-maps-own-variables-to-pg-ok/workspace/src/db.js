const { Pool } = require('pg');

const pool = new Pool({
  host: process.env.DB_HOST,
  port: Number(process.env.DB_PORT),
  user: process.env.PGUSER,
  database: process.env.PGDATABASE,
});

module.exports = { pool };
