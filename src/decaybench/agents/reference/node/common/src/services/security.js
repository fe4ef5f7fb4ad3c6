'use strict';
// Password hashing (scrypt with a per-user salt) and JWT issuing/checking.
const crypto = require('node:crypto');
const { promisify } = require('node:util');
const jwt = require('jsonwebtoken');
const { Unauthorized } = require('./errors');

const scrypt = promisify(crypto.scrypt);
const KEY_LENGTH = 32;

class PasswordHasher {
  async hash(password) {
    const salt = crypto.randomBytes(16);
    const key = await scrypt(password, salt, KEY_LENGTH);
    return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
  }

  async verify(password, stored) {
    const [scheme, salt, expected] = String(stored).split('$');
    if (scheme !== 'scrypt' || !salt || !expected) return false;
    const wanted = Buffer.from(expected, 'base64');
    const key = await scrypt(password, Buffer.from(salt, 'base64'), wanted.length);
    return crypto.timingSafeEqual(key, wanted);
  }
}

class TokenIssuer {
  constructor(secret, { expiresIn = '30d' } = {}) {
    this.secret = secret;
    this.expiresIn = expiresIn;
  }

  issue(user) {
    return jwt.sign({ id: user.id, username: user.username }, this.secret, {
      expiresIn: this.expiresIn,
      algorithm: 'HS256',
    });
  }

  /** The user id a token stands for; Unauthorized when it is malformed, expired or forged. */
  userId(token) {
    let payload;
    try {
      payload = jwt.verify(token, this.secret, { algorithms: ['HS256'] });
    } catch {
      throw new Unauthorized('token is invalid or expired');
    }
    if (!payload || !Number.isInteger(payload.id)) throw new Unauthorized('token is invalid');
    return payload.id;
  }
}

module.exports = { PasswordHasher, TokenIssuer };
