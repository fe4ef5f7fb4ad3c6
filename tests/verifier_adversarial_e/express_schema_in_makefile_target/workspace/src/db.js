const sqlite3 = require('sqlite3');
const { open } = require('sqlite');

let handle;
async function getDb() {
  if (!handle) {
    handle = await open({ filename: process.env.SQLITE_PATH, driver: sqlite3.Database });
    await handle.exec('PRAGMA foreign_keys = ON');
  }
  return handle;
}

module.exports = { getDb };
