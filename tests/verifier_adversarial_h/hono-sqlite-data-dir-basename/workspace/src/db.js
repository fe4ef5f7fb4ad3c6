import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { config } from './config.js';

const database = new Database(config.databaseFile);
database.pragma('foreign_keys = ON');

export function migrate() {
  database.exec(readFileSync(new URL('./schema.sql', import.meta.url), 'utf8'));
}

export const db = {
  get: (sql, params = []) => database.prepare(sql).get(...params),
  all: (sql, params = []) => database.prepare(sql).all(...params),
  run: (sql, params = []) => database.prepare(sql).run(...params),
};
