const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { invalid, conflict, unauthorized } = require('./errors');

const SECRET = process.env.JWT_SECRET || 'change-me';

class UserService {
  constructor(users) {
    this.users = users;
  }

  async register({ email, username, password } = {}) {
    if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw invalid('email', 'is invalid');
    if (await this.users.findByEmail(email)) throw conflict('email');
    if (await this.users.findByUsername(username)) throw conflict('username');
    const user = await this.users.create({ email, username, passwordHash: await bcrypt.hash(password, 12) });
    return this.present(user);
  }

  async login({ email, password } = {}) {
    const user = await this.users.findByEmail(email);
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw unauthorized();
    return this.present(user);
  }

  present(user) {
    const token = jwt.sign({ id: user.id }, SECRET, { expiresIn: '1d' });
    return { email: user.email, username: user.username, bio: user.bio, image: user.image, token };
  }
}

module.exports = { UserService };
