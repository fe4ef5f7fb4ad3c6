export * from './repositories/articleRepository.js';
export * from './services/articleService.js';
