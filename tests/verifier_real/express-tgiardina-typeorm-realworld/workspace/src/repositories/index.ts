// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/repositories/index.ts
export { ArticleRepository } from './article';

export { TagRepository } from './tag';

export { UserRepository } from './user';
