const Database = require('better-sqlite3');

const db = new Database(process.env.SQLITE_PATH);
db.exec('CREATE TABLE IF NOT EXISTS articles (slug TEXT PRIMARY KEY, body TEXT)');
module.exports = { db };
