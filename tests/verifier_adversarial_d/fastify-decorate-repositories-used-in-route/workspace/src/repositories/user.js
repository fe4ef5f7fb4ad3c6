class UserRepository {
  constructor() { this.byId = new Map(); }
  async findById(id) { return this.byId.get(id) ?? null; }
  async update(id, patch) { const u = { ...this.byId.get(id), ...patch }; this.byId.set(id, u); return u; }
}
module.exports = { UserRepository };
