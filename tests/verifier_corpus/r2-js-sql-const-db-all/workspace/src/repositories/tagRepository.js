const sqlite3 = require('sqlite3');

const db = new sqlite3.Database(process.env.SQLITE_PATH);
const sql = 'SELECT DISTINCT name FROM tags ORDER BY name';

module.exports = { allTags: () => new Promise((ok, ko) => db.all(sql, [], (e, rows) => (e ? ko(e) : ok(rows)))) };
