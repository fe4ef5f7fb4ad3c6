const WINDOW_MS = 60_000;
const MAX = 300;
const hits = new Map();

module.exports = async function rateLimit(ctx, next) {
  const now = Date.now();
  const key = ctx.ip;
  const recent = (hits.get(key) || []).filter((t) => now - t < WINDOW_MS);
  recent.push(now);
  hits.set(key, recent);
  if (recent.length > MAX) {
    ctx.status = 429;
    ctx.body = { errors: { body: ['too many requests'] } };
    return;
  }
  await next();
};
