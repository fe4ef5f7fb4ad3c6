import postgres from 'postgres';

export const sql = postgres(process.env.DATABASE_URL!, {
  max: 5,
  host: '127.0.0.1',
});

export async function migrate() {
  await sql`CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text)`;
}
