// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/cat/infrastructure/orm/model/CatOrm.ts
import { BaseEntityOrm } from '../../../../common/infrastructure/orm/model/BaseEntityOrm';

export interface CatOrm extends BaseEntityOrm {
  bornDate: Date;
  name: string;
}
