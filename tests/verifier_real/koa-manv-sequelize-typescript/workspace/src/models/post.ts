// excerpt of https://github.com/manV/Ts-Koa-Sequelize-Boilerplate@e3545cc4a49c:src/models/post.ts
import { Table, Column, Model, HasMany, BelongsToMany } from 'sequelize-typescript';

import Topic from './topic';

import PostTopic from './posttopic';

@Table({
  tableName: 'posts'
})
export default class Post extends Model<Post> {
  @Column
  public name!: string;

  @BelongsToMany(() => Topic, () => PostTopic)
  public topics!: Topic[];
}
