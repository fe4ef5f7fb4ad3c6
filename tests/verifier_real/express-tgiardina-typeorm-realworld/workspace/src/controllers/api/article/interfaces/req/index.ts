// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/article/interfaces/req/index.ts
export { IArticleRo } from './IArticleRo';

export { IArticleSeed } from './IArticleSeed';

export { IArticleService } from './IArticleService';
