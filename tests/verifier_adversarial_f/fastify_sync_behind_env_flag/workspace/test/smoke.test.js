'use strict';
const { test } = require('node:test');
const assert = require('node:assert');

const base = `http://127.0.0.1:${process.env.PORT || 3000}/api`;

test('register then login', { skip: !process.env.SMOKE }, async () => {
  const name = `u${Date.now()}`;
  const user = { username: name, email: `${name}@example.com`, password: 'password123' };
  const res = await fetch(`${base}/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  assert.strictEqual(res.status, 201);
});
