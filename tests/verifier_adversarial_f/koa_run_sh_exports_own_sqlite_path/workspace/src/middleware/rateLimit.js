'use strict';
// Sliding window over POST /api/users/login, keyed by client IP.
const config = require('../config');

function createLoginLimiter({ attempts, windowMs } = config.loginLimit) {
  const hits = new Map();
  return function check(ip) {
    const now = Date.now();
    const recent = (hits.get(ip) || []).filter((t) => now - t < windowMs);
    if (recent.length >= attempts) {
      hits.set(ip, recent);
      return Math.max(1, Math.ceil((windowMs - (now - recent[0])) / 1000));
    }
    recent.push(now);
    hits.set(ip, recent);
    return 0;
  };
}

module.exports = { createLoginLimiter };
