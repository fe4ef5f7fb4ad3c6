import assert from 'node:assert/strict';
import test from 'node:test';
import { sqliteFileFromUrl } from '../src/config.js';

test('four slashes give an absolute path', () => {
  assert.equal(sqliteFileFromUrl('sqlite:////tmp/conduit%20db/app.sqlite'), '/tmp/conduit db/app.sqlite');
});
