'use strict';
const { User } = require('../models/user');

class UserRepository {
  constructor() { this.rows = new Map(); this.seq = 0; }
  async findByEmail(email) { return [...this.rows.values()].find((u) => u.email === email) || null; }
  async insert(fields) { const user = new User({ ...fields, id: ++this.seq }); this.rows.set(user.id, user); return user; }
}
module.exports = { UserRepository };
