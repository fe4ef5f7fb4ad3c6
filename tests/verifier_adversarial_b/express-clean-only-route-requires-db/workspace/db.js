const Database = require('better-sqlite3');
const db = new Database(process.env.SQLITE_PATH || 'conduit.db');
db.exec('CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, body TEXT, author_id INTEGER)');
module.exports = db;
