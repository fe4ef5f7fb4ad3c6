import Database from 'better-sqlite3';

export const db = new Database(process.env.SQLITE_PATH);
db.exec(`CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT UNIQUE NOT NULL, bio TEXT, image TEXT)`);
