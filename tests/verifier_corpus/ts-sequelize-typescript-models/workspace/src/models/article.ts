import { Column, Model, Table } from 'sequelize-typescript';

@Table({ tableName: 'articles' })
export class Article extends Model {
  @Column
  declare slug: string;
}
