// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/services/article/index.ts
export { ArticleService } from './ArticleService';

export * from './interfaces/req';
