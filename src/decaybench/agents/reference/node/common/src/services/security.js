'use strict';
// Password hashing (self-describing scrypt hashes, a random salt each) and JWT issuing/checking.
const crypto = require('node:crypto');
const { promisify } = require('node:util');
const jwt = require('jsonwebtoken');
const { Unauthorized } = require('./errors');

const scrypt = promisify(crypto.scrypt);
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// scrypt's cost (N), block size (r) and parallelism (p); Node's defaults, written into each hash.
const COST = { N: 16384, r: 8, p: 1 };
const MAX_MEMORY = 64 * 1024 * 1024; // scrypt needs 128 * N * r bytes

/** scrypt with the given parameters; enough memory for them whatever Node's default limit. */
function derive(password, salt, length, { N, r, p }) {
  return scrypt(password, salt, length, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
}

/** Parameters scrypt accepts (N a power of two) within a memory bound a server can give. */
function affordable({ N, r, p }) {
  const positive = [N, r, p].every((n) => Number.isInteger(n) && n >= 1);
  return positive && N > 1 && (N & (N - 1)) === 0 && 128 * N * r <= MAX_MEMORY && p <= 16;
}

/**
 * Self-describing hashes: `scrypt$<N>$<r>$<p>$<salt b64>$<key b64>`, so the parameters may change
 * without breaking stored passwords. Hashes of the older `scrypt$<salt b64>$<key b64>` form were
 * made with the default parameters and still verify.
 */
class PasswordHasher {
  constructor(cost = COST) {
    this.cost = cost;
  }

  async hash(password) {
    const salt = crypto.randomBytes(SALT_LENGTH);
    const key = await derive(password, salt, KEY_LENGTH, this.cost);
    const { N, r, p } = this.cost;
    return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  async verify(password, stored) {
    const parts = String(stored).split('$');
    if (parts[0] !== 'scrypt' || (parts.length !== 6 && parts.length !== 3)) return false;
    const [N, r, p] = parts.length === 6 ? parts.slice(1, 4).map(Number) : [COST.N, COST.r, COST.p];
    const [salt, expected] = parts.slice(-2).map((text) => Buffer.from(text, 'base64'));
    if (!affordable({ N, r, p }) || !salt.length || !expected.length) return false;
    const key = await derive(password, salt, expected.length, { N, r, p });
    return crypto.timingSafeEqual(key, expected);
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
