import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

const file = process.env.SQLITE_PATH;
if (!file) throw new Error('SQLITE_PATH is not set');

const sqlite = new Database(file);
sqlite.pragma('foreign_keys = ON');

export function createSchema(): void {
  sqlite.exec(readFileSync(new URL('./schema.sql', import.meta.url), 'utf8'));
}

export const db = {
  get: (sql: string, params: unknown[] = []) => sqlite.prepare(sql).get(...params) as any,
  all: (sql: string, params: unknown[] = []) => sqlite.prepare(sql).all(...params) as any[],
  run: (sql: string, params: unknown[] = []) => sqlite.prepare(sql).run(...params),
};
