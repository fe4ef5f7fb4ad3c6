// excerpt of https://github.com/beerjoa/express-sequelize-ts@2eac607dfd56:src/interfaces/service.interface.ts
import { Model, Repository } from 'sequelize-typescript';

export interface IService {
  repository: Repository<Model>;
}
