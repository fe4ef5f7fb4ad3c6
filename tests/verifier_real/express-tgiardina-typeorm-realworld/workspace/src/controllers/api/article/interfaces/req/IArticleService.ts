// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/article/interfaces/req/IArticleService.ts
import { IArticleRo, IArticleSeed } from './';

export interface IArticleService {
  createAndSave(userId: number, article: IArticleSeed): Promise<IArticleRo>;
}
