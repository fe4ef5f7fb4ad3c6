'use strict';
// Sliding-window login limiter keyed by client IP; rejected attempts are not counted.
const { TooManyAttempts } = require('./errors.js');

class LoginThrottle {
  constructor({ attempts = 5, windowMs = 2000 } = {}) {
    this.attempts = attempts;
    this.windowMs = windowMs;
    this.hits = new Map();
  }

  check(client, now = Date.now()) {
    const recent = (this.hits.get(client) || []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.attempts) {
      this.hits.set(client, recent);
      throw new TooManyAttempts(Math.max(1, Math.ceil((this.windowMs - (now - recent[0])) / 1000)));
    }
    recent.push(now);
    this.hits.set(client, recent);
  }
}

module.exports = { LoginThrottle };
