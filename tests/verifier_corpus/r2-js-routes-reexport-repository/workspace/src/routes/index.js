export { findBySlug } from '../repositories/articleRepository.js';
export { default as articles } from './articles.js';
