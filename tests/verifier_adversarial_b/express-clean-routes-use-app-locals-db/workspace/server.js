const express = require('express');
const Database = require('better-sqlite3');
const repositories = require('./repositories');

const db = new Database(process.env.SQLITE_PATH);
db.exec(`
  CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT, bio TEXT, image TEXT);
  CREATE TABLE IF NOT EXISTS tags (article_id INTEGER, name TEXT);
`);
repositories.bind(db);

const app = express();
app.locals.db = db;
app.use(express.json());
app.use('/api/tags', require('./routes/tags'));
app.use('/api/profiles', require('./routes/profiles'));
app.get('/health', require('./routes/health'));
app.listen(process.env.PORT || 3000);
