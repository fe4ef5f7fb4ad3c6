const Database = require('better-sqlite3');
const { dbFile } = require('../config');
const fs = require('fs');
const path = require('path');

const db = new Database(dbFile);
db.exec(fs.readFileSync(path.join(__dirname, 'schema.sql'), 'utf8'));

module.exports = db;
