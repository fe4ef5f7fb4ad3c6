// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/article/index.ts
export * from './interfaces/req';

export { ArticleController } from './ArticleController';
