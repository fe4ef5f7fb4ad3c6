// excerpt of https://github.com/beerjoa/express-sequelize-ts@2eac607dfd56:src/interfaces/controller.interface.ts
import { IService } from '@/interfaces/service.interface';

export interface IController {
  service: IService;
}
