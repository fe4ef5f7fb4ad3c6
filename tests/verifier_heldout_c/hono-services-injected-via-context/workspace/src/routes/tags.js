'use strict';
const { Hono } = require('hono');

const tags = new Hono();
tags.get('/tags', async (c) => c.json({ tags: await c.get('services').articles.tags() }));

module.exports = tags;
