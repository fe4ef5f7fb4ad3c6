// Login attempts per IP for the rate limiter, shared across processes.
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: false, maxRetriesPerRequest: 1 });

export class LoginAttemptRepository {
  async recent(ip, windowMs) {
    const now = Date.now();
    await redis.zremrangebyscore(`login:${ip}`, 0, now - windowMs);
    return (await redis.zrange(`login:${ip}`, 0, -1)).map(Number);
  }

  async record(ip) {
    const now = Date.now();
    await redis.zadd(`login:${ip}`, now, String(now));
    await redis.pexpire(`login:${ip}`, 5000);
  }
}
