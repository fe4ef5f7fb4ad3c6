// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/services/article/interfaces/index.ts
export {
  IArticleRepository,
  IArticleRo,
  ITagRo,
  ITagRepository,
  IUserRepository,
} from './req';

export { IArticleSeed, IArticleService, IProfileRo } from './spec';
