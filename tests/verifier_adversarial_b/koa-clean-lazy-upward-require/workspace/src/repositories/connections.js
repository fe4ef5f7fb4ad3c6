const path = require('path');
const Database = require('better-sqlite3');

const main = new Database(process.env.SQLITE_PATH);
main.exec('CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, body TEXT, author_id INTEGER)');

const favorites = new Database(path.join(path.dirname(process.env.SQLITE_PATH), 'favorites.db'));
favorites.exec('CREATE TABLE IF NOT EXISTS favorites (user_id INTEGER, article_id INTEGER, PRIMARY KEY (user_id, article_id))');

module.exports = { main, favorites };
