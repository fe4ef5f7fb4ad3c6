export * from './articleService.js';
