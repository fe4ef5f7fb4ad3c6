import pg from 'pg';

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function query(text, params = []) {
  const { rows } = await pool.query(text, params);
  return rows;
}

export async function one(text, params = []) {
  return (await query(text, params))[0] ?? null;
}

export { migrate as initDb } from './migrate.js';
