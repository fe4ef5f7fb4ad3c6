import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { config } from './config.js';

export const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.poolMax });

const toPositional = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export const db = {
  async get(sql: string, params: unknown[] = []) {
    return (await pool.query(toPositional(sql), params)).rows[0];
  },
  async all(sql: string, params: unknown[] = []) {
    return (await pool.query(toPositional(sql), params)).rows;
  },
  async run(sql: string, params: unknown[] = []) {
    return { changes: (await pool.query(toPositional(sql), params)).rowCount ?? 0 };
  },
};

export async function migrate(): Promise<void> {
  await pool.query(await readFile(new URL('./schema.sql', import.meta.url), 'utf8'));
}
