// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/repositories/article/interfaces/index.ts
export { IArticleEntity, IArticleRepository, IArticleSeed } from './spec';
