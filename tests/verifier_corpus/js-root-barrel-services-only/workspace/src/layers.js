export * from './services/articleService.js';
