const { clamp } = require('../routes/pagination');
const { ORDER } = require('../models/article');
const rows = [];
exports.page = async (limit, offset) => {
  const sorted = [...rows].sort((a, b) => b[ORDER] - a[ORDER]);
  return sorted.slice(clamp(offset, 0, Infinity), clamp(offset, 0, Infinity) + clamp(limit, 20, 100));
};
exports.count = async () => rows.length;
