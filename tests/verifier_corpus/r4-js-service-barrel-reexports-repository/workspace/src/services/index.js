module.exports = require('./articleService');
export { findBySlug } from '../repositories/articleRepository';
