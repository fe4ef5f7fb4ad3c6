'use strict';
// Read-through cache for article lookups by slug (hot path of every article page).
const { LRUCache } = require('lru-cache');

const cache = new LRUCache({ max: 500, ttl: 30_000 });

async function through(key, load) {
  if (cache.has(key)) return cache.get(key);
  const value = await load();
  if (value) cache.set(key, value);
  return value;
}

module.exports = { through, forget: (key) => cache.delete(key), clear: () => cache.clear() };
