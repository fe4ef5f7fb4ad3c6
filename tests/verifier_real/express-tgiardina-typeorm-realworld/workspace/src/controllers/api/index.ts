// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/index.ts
export { ArticleController } from './article';

export { UserController } from './user';
