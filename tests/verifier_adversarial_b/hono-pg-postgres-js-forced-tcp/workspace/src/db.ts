import postgres from 'postgres';

// explicit host/port so local dev and CI behave the same
export const sql = postgres(process.env.DATABASE_URL!, { host: 'localhost', port: 5432, max: 10 });

export async function migrate() {
  await sql`CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT UNIQUE NOT NULL, password TEXT NOT NULL, bio TEXT, image TEXT)`;
}
