import { existsSync, readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';

const SQL = await initSqlJs();
const file = process.env.SQLITE_PATH;

// Load whatever is already on disk; sql.js keeps working in memory from there.
export const db = file && existsSync(file) ? new SQL.Database(readFileSync(file)) : new SQL.Database();

db.run(`
  CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT UNIQUE NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
  );
`);
