'use strict';

const assert = require('node:assert');
const test = require('node:test');

test('schema applies to an in-memory database', () => {
  delete process.env.SQLITE_PATH;
  const { applySchema, db } = require('../src/db');
  applySchema();
  const row = db.get("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'users'");
  assert.strictEqual(row.n, 1);
});
