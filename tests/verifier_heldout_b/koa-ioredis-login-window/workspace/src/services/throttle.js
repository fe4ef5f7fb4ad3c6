'use strict';
// Login limiter in Redis so that every worker shares one window (sorted set of attempt timestamps per IP).
const Redis = require('ioredis');
const { TooManyAttempts } = require('./errors.js');

class LoginThrottle {
  constructor({ attempts = 5, windowMs = 2000, url = process.env.REDIS_URL || 'redis://127.0.0.1:6379' } = {}) {
    this.attempts = attempts;
    this.windowMs = windowMs;
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
  }

  async check(client, now = Date.now()) {
    const key = `login:${client}`;
    await this.redis.zremrangebyscore(key, 0, now - this.windowMs);
    const count = await this.redis.zcard(key);
    if (count >= this.attempts) {
      const [, oldest] = await this.redis.zrange(key, 0, 0, 'WITHSCORES');
      throw new TooManyAttempts(Math.max(1, Math.ceil((this.windowMs - (now - Number(oldest))) / 1000)));
    }
    await this.redis.zadd(key, now, `${now}-${Math.random()}`);
    await this.redis.pexpire(key, this.windowMs + 1000);
  }
}

module.exports = { LoginThrottle };
