const test = require('node:test');
const assert = require('node:assert');
const articleService = require('../src/services/articleService');
const { resetDatabase } = require('./helpers');

test('tags start empty', async () => {
  await resetDatabase();
  assert.deepStrictEqual(await articleService.listTags(), []);
});
