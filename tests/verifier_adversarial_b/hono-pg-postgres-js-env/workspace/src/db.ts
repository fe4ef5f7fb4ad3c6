import postgres from 'postgres';

// PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE are read by postgres.js
export const sql = postgres({ max: 10, idle_timeout: 20 });

export async function migrate(): Promise<void> {
  await sql.file(new URL('./schema.sql', import.meta.url).pathname);
}
