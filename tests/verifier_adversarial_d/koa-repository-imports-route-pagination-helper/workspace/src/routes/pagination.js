const clamp = (value, fallback, max) => {
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) || n < 0 ? fallback : Math.min(n, max);
};
module.exports = { clamp, fromQuery: (q) => ({ limit: clamp(q.limit, 20, 100), offset: clamp(q.offset, 0, Infinity) }) };
