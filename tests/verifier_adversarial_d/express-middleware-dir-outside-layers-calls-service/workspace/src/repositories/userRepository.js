const users = new Map();
module.exports = { findById: async (id) => users.get(id) ?? null };
