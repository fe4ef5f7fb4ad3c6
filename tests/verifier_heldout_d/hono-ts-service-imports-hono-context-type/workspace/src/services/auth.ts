import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';

const SECRET = process.env.JWT_SECRET || 'conduit-dev-secret';

export function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex');
  const hash = crypto.scryptSync(password, salt, 64, { N: 16384, r: 8, p: 1 }).toString('hex');
  return `scrypt$16384$8$1$${salt}$${hash}`;
}

export function verifyPassword(password, stored) {
  const [, , , , salt, hash] = String(stored).split('$');
  if (!salt || !hash) return false;
  const candidate = crypto.scryptSync(password, salt, 64, { N: 16384, r: 8, p: 1 });
  return crypto.timingSafeEqual(candidate, Buffer.from(hash, 'hex'));
}

export function signToken(user) {
  return jwt.sign({ id: user.id }, SECRET, { expiresIn: '7d' });
}

export function readToken(header) {
  if (!header || !header.startsWith('Token ')) return null;
  try {
    return jwt.verify(header.slice(6).trim(), SECRET).id;
  } catch {
    return null;
  }
}
