import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { config } from './config.js';

const database = new Database(config.databaseFile);
database.pragma('foreign_keys = ON');

const connection = () => database;

export function migrate() {
  database.exec(readFileSync(new URL('./schema.sql', import.meta.url), 'utf8'));
}

export const close = () => database.close();

export const db = {
  get: (sql, params = []) => connection().prepare(sql).get(...params),
  all: (sql, params = []) => connection().prepare(sql).all(...params),
  run: (sql, params = []) => connection().prepare(sql).run(...params),
};
