// Password hashing (scrypt, self-describing) and JWT tokens.
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';

const SECRET = process.env.JWT_SECRET || crypto.randomBytes(32).toString('hex');
const N = 16384;

function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex');
  const hash = crypto.scryptSync(password, salt, 64, { N, r: 8, p: 1 }).toString('hex');
  return `scrypt$${N}$8$1$${salt}$${hash}`;
}

function verifyPassword(password, stored) {
  const [scheme, n, r, p, salt, hash] = String(stored).split('$');
  if (scheme !== 'scrypt') return false;
  const actual = crypto.scryptSync(password, salt, 64, { N: Number(n), r: Number(r), p: Number(p) });
  return crypto.timingSafeEqual(actual, Buffer.from(hash, 'hex'));
}

const issueToken = (userId) => jwt.sign({ sub: String(userId) }, SECRET, { expiresIn: '7d' });

function readToken(token) {
  try {
    return Number(jwt.verify(token, SECRET).sub);
  } catch {
    return null;
  }
}

export { hashPassword, verifyPassword, issueToken, readToken };
