// excerpt of https://github.com/Bratelion/koa-sequelize-skeleton@ac4c439650b4:models/City.ts
import {
  Model,
  Column,
  Table,
  CreatedAt,
  PrimaryKey,
  DataType,
  AutoIncrement,
  BelongsToMany,
} from 'sequelize-typescript';

import { User, UserAttributes } from './User';

import { UserToCity } from './UserToCity';

@Table({
  tableName: 'city',
  updatedAt: false,
})
export class City extends Model<CityAttributes> {
  @PrimaryKey
  @AutoIncrement
  @Column(DataType.INTEGER)
  id: number;

  @Column(DataType.STRING)
  name: string;

  @BelongsToMany(() => User, () => UserToCity, 'city_id', 'user_id')
  users: User[];

  @CreatedAt
  @Column({
    type: DataType.DATE,
    field: 'created_at',
  })
  createdAt: Date;
}
