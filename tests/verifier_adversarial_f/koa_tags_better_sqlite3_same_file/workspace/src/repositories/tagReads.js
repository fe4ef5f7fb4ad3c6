'use strict';
// Read-only handle on the same database file for the tag cloud (avoids Sequelize overhead).
const Database = require('better-sqlite3');

let db;
function handle() {
  db = db || new Database(process.env.SQLITE_PATH, { readonly: true, fileMustExist: true });
  return db;
}

module.exports = { names: () => handle().prepare('SELECT name FROM tags ORDER BY name').all().map((r) => r.name) };
