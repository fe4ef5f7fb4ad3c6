// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/services/article/interfaces/req/IArticleRepository.ts
import { IArticleDbRo, IArticleDbSeed } from './';

export interface IArticleRepository {
  createAndSave(seed: IArticleDbSeed): Promise<IArticleDbRo>;
}
