// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/services/index.ts
export { ArticleService } from './article';
