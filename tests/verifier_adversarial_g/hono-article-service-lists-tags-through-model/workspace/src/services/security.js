'use strict';

const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { UnauthorizedError } = require('./errors');

class PasswordHasher {
  hash(password) {
    return bcrypt.hash(password, 10);
  }

  verify(password, hash) {
    return bcrypt.compare(password, hash);
  }
}

class TokenService {
  constructor(secret) {
    this.secret = secret;
  }

  issue(user) {
    return jwt.sign({ sub: user.id, username: user.username }, this.secret, { expiresIn: '7d' });
  }

  /** The user id carried by a token; throws UnauthorizedError when the token is not ours. */
  verify(token) {
    try {
      const payload = jwt.verify(token, this.secret);
      return Number(payload.sub);
    } catch {
      throw new UnauthorizedError('invalid token');
    }
  }
}

module.exports = { PasswordHasher, TokenService };
