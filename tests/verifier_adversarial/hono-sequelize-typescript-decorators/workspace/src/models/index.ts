import 'reflect-metadata';
import { Table, Column, Model, DataType, ForeignKey, BelongsTo, HasMany } from 'sequelize-typescript';

@Table({ tableName: 'users' })
export class User extends Model {
  @Column({ type: DataType.STRING(32), unique: true, allowNull: false }) declare username: string;
  @Column({ type: DataType.STRING(254), unique: true, allowNull: false }) declare email: string;
  @Column({ type: DataType.STRING, allowNull: false }) declare passwordHash: string;
  @Column(DataType.TEXT) declare bio: string | null;
  @Column(DataType.STRING(2000)) declare image: string | null;
  @HasMany(() => Article) declare articles: Article[];
}

@Table({ tableName: 'articles' })
export class Article extends Model {
  @Column({ type: DataType.STRING, unique: true }) declare slug: string;
  @Column(DataType.STRING(120)) declare title: string;
  @Column(DataType.STRING(255)) declare description: string;
  @Column(DataType.TEXT) declare body: string;
  @Column({ type: DataType.JSON, defaultValue: [] }) declare tagList: string[];
  @ForeignKey(() => User) @Column declare authorId: number;
  @BelongsTo(() => User, 'authorId') declare author: User;
}

@Table({ tableName: 'favorites', updatedAt: false })
export class Favorite extends Model {
  @ForeignKey(() => User) @Column declare userId: number;
  @ForeignKey(() => Article) @Column declare articleId: number;
}

@Table({ tableName: 'follows', updatedAt: false })
export class Follow extends Model {
  @ForeignKey(() => User) @Column declare followerId: number;
  @ForeignKey(() => User) @Column declare followedId: number;
}

export const models = [User, Article, Favorite, Follow];
export function defineModels() {
  return { User, Article, Favorite, Follow };
}
