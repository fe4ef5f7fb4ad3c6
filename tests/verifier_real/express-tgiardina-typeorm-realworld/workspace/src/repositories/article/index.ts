// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/repositories/article/index.ts
export { ArticleEntity } from './ArticleEntity';

export { ArticleRepository } from './ArticleRepository';
