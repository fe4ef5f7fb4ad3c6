import pg from 'pg';

const { PGUSER, PGPASSWORD, PGHOST, PGPORT, PGDATABASE } = process.env;
const connectionString = `postgresql://${PGUSER}:${encodeURIComponent(PGPASSWORD ?? '')}@${PGHOST}:${PGPORT}/${PGDATABASE}`;

export const pool = new pg.Pool({ connectionString, max: 10 });

export async function migrate() {
  await pool.query(`CREATE TABLE IF NOT EXISTS users (
    id SERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, username TEXT UNIQUE NOT NULL,
    password TEXT NOT NULL, bio TEXT DEFAULT '', image TEXT)`);
  await pool.query(`CREATE TABLE IF NOT EXISTS follows (
    follower_id INT NOT NULL, followed_id INT NOT NULL, PRIMARY KEY (follower_id, followed_id))`);
}
