const WINDOW_MS = 2000;
const LIMIT = 5;
const hits = new Map();

exports.check = (ip, now = Date.now()) => {
  const recent = (hits.get(ip) || []).filter((t) => now - t < WINDOW_MS);
  if (recent.length >= LIMIT) {
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((recent[0] + WINDOW_MS - now) / 1000)) };
  }
  recent.push(now);
  hits.set(ip, recent);
  return { allowed: true };
};
