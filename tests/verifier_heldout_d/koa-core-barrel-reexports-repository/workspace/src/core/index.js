// One import for the HTTP layer: the use cases and the read-only lookups it needs.
export * as userService from '../services/users.js';
export * as profileService from '../services/profiles.js';
export * as articleService from '../services/articles.js';
export { allTags } from '../repositories/articles.js';
