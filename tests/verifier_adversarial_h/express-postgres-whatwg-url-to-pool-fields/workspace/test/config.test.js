import assert from 'node:assert/strict';
import test from 'node:test';
import { poolConfig } from '../src/config.js';

test('parses a TCP url', () => {
  const cfg = poolConfig('postgres://alice:s3cret@db.internal:6543/app');
  assert.equal(cfg.host, 'db.internal');
  assert.equal(cfg.port, 6543);
  assert.equal(cfg.database, 'app');
});
