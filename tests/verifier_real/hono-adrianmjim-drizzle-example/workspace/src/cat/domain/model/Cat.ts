// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/cat/domain/model/Cat.ts
import { BaseEntity } from './BaseEntity';

export interface Cat extends BaseEntity {
  bornDate: Date;
  name: string;
}
