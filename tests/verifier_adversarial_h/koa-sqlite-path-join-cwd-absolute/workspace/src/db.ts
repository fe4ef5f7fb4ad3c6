import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { config } from './config.js';

mkdirSync(path.dirname(config.sqlitePath), { recursive: true });
const sqlite = new Database(config.sqlitePath);
sqlite.pragma('foreign_keys = ON');

export function initSchema(): void {
  sqlite.exec(readFileSync(new URL('./schema.sql', import.meta.url), 'utf8'));
}

export const db = {
  get: (sql: string, params: unknown[] = []) => sqlite.prepare(sql).get(...params) as any,
  all: (sql: string, params: unknown[] = []) => sqlite.prepare(sql).all(...params) as any[],
  run: (sql: string, params: unknown[] = []) => sqlite.prepare(sql).run(...params),
};
