import { readFile } from 'node:fs/promises';
import postgres from 'postgres';

export const sql = postgres(process.env.DATABASE_URL, {
  max: 10,
  idle_timeout: 30,
  onnotice: () => {},
});

const toPositional = (text) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

export const db = {
  async get(text, params = []) {
    const rows = await sql.unsafe(toPositional(text), params);
    return rows[0];
  },
  all: (text, params = []) => sql.unsafe(toPositional(text), params),
  async run(text, params = []) {
    const result = await sql.unsafe(toPositional(text), params);
    return { changes: result.count };
  },
};

export async function migrate() {
  await sql.unsafe(await readFile(new URL('./schema.sql', import.meta.url), 'utf8'));
}
