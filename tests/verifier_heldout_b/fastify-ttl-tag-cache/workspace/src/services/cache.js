'use strict';
// Tiny TTL cache for rendered article bodies; PostgreSQL stays the source of truth, entries expire after 5 s.
class TtlCache {
  constructor(ttlMs = 5000, max = 500) {
    this.ttlMs = ttlMs;
    this.max = max;
    this.entries = new Map();
  }

  get(key) {
    const hit = this.entries.get(key);
    if (!hit || hit.expires < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  set(key, value) {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value);
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
  }

  clear() { this.entries.clear(); }
}

module.exports = { TtlCache };
