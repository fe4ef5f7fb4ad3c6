const { Pool } = require('pg');
const { parse } = require('pg-connection-string');

const cfg = parse(process.env.DATABASE_URL);

const pool = new Pool({ ...cfg, host: cfg.host || 'localhost', max: 10 });

module.exports = { pool };
