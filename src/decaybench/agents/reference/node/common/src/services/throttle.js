'use strict';
// Login rate limiting: at most `attempts` logins per client in any sliding window of
// `windowSeconds`. A refused attempt is not counted, so a client that waits gets back in.
const { TooManyRequests } = require('./errors');

class LoginThrottle {
  /** `now` returns the current time in milliseconds (injectable, so tests need not sleep). */
  constructor({ attempts, windowSeconds, now = () => Date.now() }) {
    this.attempts = attempts;
    this.windowMs = windowSeconds * 1000;
    this.now = now;
    this.recent = new Map(); // client -> times of its attempts inside the window, oldest first
  }

  /** Count an attempt by `client`, or throw TooManyRequests when its window is full. */
  admit(client) {
    const now = this.now();
    const key = String(client || 'unknown');
    const times = (this.recent.get(key) || []).filter((time) => time > now - this.windowMs);
    if (times.length >= this.attempts) {
      this.recent.set(key, times);
      // A place frees up when the oldest attempt leaves the window; whole seconds, at least 1.
      const waitMs = times[0] + this.windowMs - now;
      throw new TooManyRequests(Math.max(1, Math.ceil(waitMs / 1000)));
    }
    times.push(now);
    this.recent.set(key, times);
    this.forgetIdleClients(now);
  }

  /** Drop clients with no attempt inside the window, so the map cannot grow without bound. */
  forgetIdleClients(now) {
    if (this.recent.size < 1000) return;
    for (const [key, times] of this.recent) {
      if (!times.length || times[times.length - 1] <= now - this.windowMs) this.recent.delete(key);
    }
  }
}

module.exports = { LoginThrottle };
