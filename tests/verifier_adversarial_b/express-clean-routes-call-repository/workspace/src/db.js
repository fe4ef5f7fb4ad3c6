const Database = require('better-sqlite3');

const db = new Database(process.env.DB_FILE || 'conduit.sqlite');
db.exec('CREATE TABLE IF NOT EXISTS tags (article_id INTEGER, name TEXT)');
module.exports = db;
