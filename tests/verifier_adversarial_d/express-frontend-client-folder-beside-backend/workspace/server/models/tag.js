module.exports = { normalise: (t) => t.trim() };
