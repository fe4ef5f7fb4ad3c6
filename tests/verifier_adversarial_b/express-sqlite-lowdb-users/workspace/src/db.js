import Database from 'better-sqlite3';

export const db = new Database(process.env.SQLITE_PATH);
db.exec('CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, body TEXT, author TEXT)');
