import Database from 'better-sqlite3';

const file = process.env.SQLITE_PATH ?? ':memory:';
export const db = new Database(file);

db.exec(`
CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT, bio TEXT, image TEXT);
CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, body TEXT, author_id INTEGER);
CREATE TABLE IF NOT EXISTS article_tags (article_id INTEGER, tag TEXT);
`);
