const users = new Map();
module.exports = { findByUsername: async (name) => users.get(name) || null, save: async (u) => users.set(u.username, u) && u };
