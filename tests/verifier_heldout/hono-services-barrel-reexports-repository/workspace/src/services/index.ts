// Barrel for the route layer.
export { articleService, ServiceError } from './articleService.js';
export { articleRepository as articleStore } from '../repositories/articleRepository.js';
