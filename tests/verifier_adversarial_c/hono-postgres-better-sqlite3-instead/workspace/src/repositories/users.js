const { db } = require('../models');

class UserRepository {
  async findByEmail(email) {
    return db.prepare('SELECT * FROM users WHERE email = ?').get(email) || null;
  }

  async findByUsername(username) {
    return db.prepare('SELECT * FROM users WHERE username = ?').get(username) || null;
  }

  async create({ email, username, passwordHash }) {
    const info = db.prepare('INSERT INTO users (email, username, passwordHash) VALUES (?, ?, ?)').run(email, username, passwordHash);
    return db.prepare('SELECT * FROM users WHERE id = ?').get(info.lastInsertRowid);
  }
}

module.exports = { UserRepository };
