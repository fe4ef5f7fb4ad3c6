const { LRUCache } = require('lru-cache');

// Read-through cache for hot, rarely-changing lists. Source of truth is SQLite.
const cache = new LRUCache({ max: 100, ttl: 30_000 });

module.exports = {
  remember(key, loader) {
    if (cache.has(key)) return cache.get(key);
    const value = loader();
    cache.set(key, value);
    return value;
  },
  forget(key) { cache.delete(key); },
};
