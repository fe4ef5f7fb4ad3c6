// Public surface of the use-case layer: the composition root and the routes import from here.
export * from './errors.js';
export { PasswordHasher, TokenService } from './security.js';
export { UserService } from './user-service.js';
export { ProfileService } from './profile-service.js';
export { ArticleService, slugify } from './article-service.js';
export { CommentService } from './comment-service.js';
// Listing tags needs no rules of its own.
export { TagRepository as TagService } from '../repositories/tag-repository.js';
