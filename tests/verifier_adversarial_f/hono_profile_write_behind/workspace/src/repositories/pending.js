'use strict';
// Write-behind buffer for profile edits: users edit often, we write once on shutdown.
const pending = new Map();

module.exports = {
  stage(user, fields) {
    pending.set(user.id, { ...(pending.get(user.id) || {}), ...fields });
    Object.assign(user, fields);
    return user;
  },
  overlay(user) {
    if (user && pending.has(user.id)) Object.assign(user, pending.get(user.id));
    return user;
  },
  async flush(User) {
    for (const [id, fields] of pending) await User.update(fields, { where: { id } });
    pending.clear();
  },
};
