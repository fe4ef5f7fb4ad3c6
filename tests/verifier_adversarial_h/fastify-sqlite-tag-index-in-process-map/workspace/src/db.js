'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Database = require('better-sqlite3');

const database = new Database(process.env.SQLITE_PATH);
database.pragma('foreign_keys = ON');

function migrate() {
  database.exec(fs.readFileSync(path.join(__dirname, 'schema.sql'), 'utf8'));
}

const db = {
  get: (sql, params = []) => database.prepare(sql).get(...params),
  all: (sql, params = []) => database.prepare(sql).all(...params),
  run: (sql, params = []) => database.prepare(sql).run(...params),
};

module.exports = { db, migrate, database };
