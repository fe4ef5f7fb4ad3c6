// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/services/article/interfaces/req/IUserRepository.ts
import { IUserEntity } from './';

export interface IUserRepository {
  findOne(id: number): Promise<IUserEntity | undefined>;
}
