const Database = require('better-sqlite3');

const db = new Database('conduit.db');
db.exec(`CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT UNIQUE NOT NULL,
  username TEXT UNIQUE NOT NULL,
  passwordHash TEXT NOT NULL,
  bio TEXT,
  image TEXT
)`);

module.exports = { db, sequelize: { sync: async () => {} } };
