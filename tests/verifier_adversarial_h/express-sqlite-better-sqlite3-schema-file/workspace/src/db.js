'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Database = require('better-sqlite3');

const filename = process.env.SQLITE_PATH || ':memory:';
const connection = new Database(filename, { fileMustExist: false, timeout: 5000 });
connection.pragma('journal_mode = WAL');
connection.pragma('foreign_keys = ON');

const statements = new Map();
function prepare(sql) {
  let stmt = statements.get(sql);
  if (!stmt) {
    stmt = connection.prepare(sql);
    statements.set(sql, stmt);
  }
  return stmt;
}

function applySchema() {
  connection.exec(fs.readFileSync(path.join(__dirname, 'schema.sql'), 'utf8'));
}

const db = {
  get: (sql, params = []) => prepare(sql).get(...params),
  all: (sql, params = []) => prepare(sql).all(...params),
  run: (sql, params = []) => prepare(sql).run(...params),
};

module.exports = { db, applySchema, connection, filename };
