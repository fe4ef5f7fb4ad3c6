const repo = require('../repositories/health');
exports.status = async () => {
  try { return { ok: await repo.ping() }; } catch (err) { return { ok: false, reason: err.message }; }
};
