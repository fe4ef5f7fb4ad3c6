import crypto from 'node:crypto';

export function slugify(title) {
  const base = String(title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
  return `${base}-${crypto.randomBytes(3).toString('hex')}`;
}
