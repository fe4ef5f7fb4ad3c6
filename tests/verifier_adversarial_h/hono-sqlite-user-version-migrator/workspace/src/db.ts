import Database from 'better-sqlite3';
import { requireEnv } from './env.js';

export const sqlite = new Database(requireEnv('SQLITE_PATH'));
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('journal_mode = WAL');

type Params = unknown[];

export const db = {
  get: (sql: string, params: Params = []) => sqlite.prepare(sql).get(...params) as any,
  all: (sql: string, params: Params = []) => sqlite.prepare(sql).all(...params) as any[],
  run: (sql: string, params: Params = []) => sqlite.prepare(sql).run(...params),
};
