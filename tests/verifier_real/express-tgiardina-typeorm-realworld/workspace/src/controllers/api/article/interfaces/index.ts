// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/article/interfaces/index.ts
export { IArticleRo, IArticleService } from './req';

export { IArticlePostBody, IArticleResponseBody, IProfile } from './spec';
