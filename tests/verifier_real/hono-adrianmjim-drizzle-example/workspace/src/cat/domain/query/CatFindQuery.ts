// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/cat/domain/query/CatFindQuery.ts
import { Query } from '../../../common/domain/model/Query';

export interface CatFindQuery extends Query {
  id?: string;
  name?: string;
}
