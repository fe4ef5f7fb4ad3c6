// Barrel for the HTTP layer: everything a route might need from one import.
export { UserService } from './users.js';
export { ArticleService } from './articles.js';
export { ArticleRepository } from '../repositories/articles.js';
