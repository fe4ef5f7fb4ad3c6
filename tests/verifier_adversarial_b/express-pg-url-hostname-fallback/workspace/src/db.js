const { Pool } = require('pg');

function fromUrl(raw) {
  const url = new URL(raw);
  return {
    host: url.hostname || 'localhost',
    port: Number(url.port) || 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    ssl: url.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : false,
  };
}

const pool = new Pool(fromUrl(process.env.DATABASE_URL));

module.exports = { pool };
