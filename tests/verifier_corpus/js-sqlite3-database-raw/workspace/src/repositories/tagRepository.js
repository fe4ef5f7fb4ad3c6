const sqlite3 = require('sqlite3').verbose();

const db = new sqlite3.Database(process.env.SQLITE_PATH);

function allTags() {
  return new Promise((resolve, reject) => db.all('SELECT name FROM tags', (err, rows) => (err ? reject(err) : resolve(rows))));
}

module.exports = { allTags };
