import pg from 'pg';

// Parse DATABASE_URL into discrete settings (pg's own parser chokes on some passwords).
function settingsFrom(url) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || 'localhost',
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, ''),
    max: 10,
  };
}

export const pool = new pg.Pool(settingsFrom(process.env.DATABASE_URL));

export async function createSchema() {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS users (
      id SERIAL PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT UNIQUE NOT NULL,
      password_hash TEXT NOT NULL, bio TEXT, image TEXT)`);
  await pool.query('CREATE TABLE IF NOT EXISTS tags (id SERIAL PRIMARY KEY, name TEXT UNIQUE NOT NULL)');
}
