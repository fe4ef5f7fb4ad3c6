'use strict';
const crypto = require('crypto');

module.exports = function slugify(title) {
  const base = String(title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article';
  return `${base}-${crypto.randomBytes(3).toString('hex')}`;
};
