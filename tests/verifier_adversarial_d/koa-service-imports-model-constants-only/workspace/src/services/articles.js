const { TITLE_MAX, slugify } = require('../models/article');
const repo = require('../repositories/articles');

class ValidationError extends Error {}

exports.ValidationError = ValidationError;
exports.create = async ({ title, description, body }) => {
  if (!title || title.length > TITLE_MAX) throw new ValidationError('title is invalid');
  return repo.insert({ slug: `${slugify(title)}-${Date.now().toString(36)}`, title, description, body });
};
