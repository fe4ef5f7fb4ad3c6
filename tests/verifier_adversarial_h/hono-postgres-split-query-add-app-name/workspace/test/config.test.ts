import assert from 'node:assert/strict';
import test from 'node:test';
import { connectionString } from '../src/config.js';

test('adds application_name', () => {
  const url = connectionString('postgres://u:p@db.example:5432/app?sslmode=disable');
  assert.match(url, /application_name=conduit-hono/);
});
