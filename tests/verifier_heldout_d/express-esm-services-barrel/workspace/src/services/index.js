// Public surface of the application layer.
export * as userService from './users.js';
export * as profileService from './profiles.js';
export * as articleService from './articles.js';
export { AppError } from './errors.js';
