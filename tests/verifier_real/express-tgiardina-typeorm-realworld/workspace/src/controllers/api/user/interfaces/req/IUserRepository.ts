// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/user/interfaces/req/IUserRepository.ts
import { IUserRo, IUserPostBody } from '../';

export interface IUserRepository {
  createAndSaveAuth: (user: IUserPostBody) => Promise<IUserRo>;
}
