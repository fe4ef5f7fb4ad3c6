// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/services/article/interfaces/req/ITagRepository.ts
import { ITagRo } from './';

export interface ITagRepository {
  findOrCreate(tag: ITagRo): Promise<ITagRo>;
}
