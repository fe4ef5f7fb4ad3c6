'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Database = require('better-sqlite3');
const config = require('./config');

let handle;

function open() {
  if (handle) return handle;
  const { filename } = config.sqlite;
  if (filename !== ':memory:') fs.mkdirSync(path.dirname(filename), { recursive: true });
  handle = new Database(filename);
  handle.pragma('journal_mode = WAL');
  handle.pragma('foreign_keys = ON');
  return handle;
}

function migrate() {
  open().exec(fs.readFileSync(path.join(__dirname, 'schema.sql'), 'utf8'));
}

const db = {
  get: (sql, params = []) => open().prepare(sql).get(...params),
  all: (sql, params = []) => open().prepare(sql).all(...params),
  run: (sql, params = []) => open().prepare(sql).run(...params),
};

module.exports = { db, migrate };
