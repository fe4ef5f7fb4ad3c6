const { Pool } = require('pg');
const { parse } = require('pg-connection-string');

const cfg = parse(process.env.DATABASE_URL);

const pool = new Pool({
  ...cfg,
  host: cfg.host || 'localhost',
  port: Number(cfg.port || 5432),
  max: 10,
  idleTimeoutMillis: 30_000,
});

module.exports = pool;
