import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });

export async function healthy() {
  const { rows } = await pool.query('SELECT now() AS now');
  return { ok: true, now: rows[0].now };
}
