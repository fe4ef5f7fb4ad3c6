'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Database = require('better-sqlite3');
const config = require('./config');

const sqlite = new Database(config.sqlitePath);
sqlite.pragma('foreign_keys = ON');

function initSchema() {
  sqlite.exec(fs.readFileSync(path.join(__dirname, 'schema.sql'), 'utf8'));
}

const db = {
  get: (sql, params = []) => sqlite.prepare(sql).get(...params),
  all: (sql, params = []) => sqlite.prepare(sql).all(...params),
  run: (sql, params = []) => sqlite.prepare(sql).run(...params),
};

module.exports = { db, initSchema };
