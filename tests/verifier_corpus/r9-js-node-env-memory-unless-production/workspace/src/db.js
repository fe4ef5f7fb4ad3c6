const Database = require('better-sqlite3');

const db = new Database(process.env.NODE_ENV === 'production' ? process.env.SQLITE_PATH : ':memory:');
db.exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)');

module.exports = db;
