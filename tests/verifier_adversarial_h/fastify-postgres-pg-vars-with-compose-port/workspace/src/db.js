import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { database } from './config.js';

export const pool = new pg.Pool(database);

const toPositional = (sql) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export const db = {
  async get(sql, params = []) {
    const { rows } = await pool.query(toPositional(sql), params);
    return rows[0];
  },
  async all(sql, params = []) {
    const { rows } = await pool.query(toPositional(sql), params);
    return rows;
  },
  async run(sql, params = []) {
    const { rowCount } = await pool.query(toPositional(sql), params);
    return { changes: rowCount };
  },
};

export async function migrate() {
  const sql = await readFile(new URL('./schema.sql', import.meta.url), 'utf8');
  await pool.query(sql);
}
