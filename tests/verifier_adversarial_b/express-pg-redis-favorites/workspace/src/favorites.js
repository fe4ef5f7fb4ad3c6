const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');

module.exports = {
  add: (slug, userId) => redis.sadd(`fav:${slug}`, String(userId)),
  remove: (slug, userId) => redis.srem(`fav:${slug}`, String(userId)),
  count: (slug) => redis.scard(`fav:${slug}`),
  has: (slug, userId) => redis.sismember(`fav:${slug}`, String(userId)).then(Boolean),
};
