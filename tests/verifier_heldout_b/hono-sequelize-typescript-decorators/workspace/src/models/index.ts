// Entities declared with sequelize-typescript decorators.
import { BelongsTo, BelongsToMany, Column, DataType, ForeignKey, HasMany, Model, Table } from 'sequelize-typescript';
import type { Sequelize } from 'sequelize-typescript';

@Table({ tableName: 'users' })
export class User extends Model {
  @Column({ type: DataType.STRING(254), allowNull: false, unique: true }) declare email: string;
  @Column({ type: DataType.STRING(32), allowNull: false, unique: true }) declare username: string;
  @Column({ type: DataType.STRING, allowNull: false }) declare passwordHash: string;
  @Column(DataType.TEXT) declare bio: string | null;
  @Column(DataType.STRING(2000)) declare image: string | null;
}

@Table({ tableName: 'tags', timestamps: false })
export class Tag extends Model {
  @Column({ type: DataType.STRING(32), allowNull: false, unique: true }) declare name: string;
}

@Table({ tableName: 'article_tags', timestamps: false })
export class ArticleTag extends Model {
  @ForeignKey(() => Article) @Column declare articleId: number;
  @ForeignKey(() => Tag) @Column declare tagId: number;
}

@Table({ tableName: 'articles' })
export class Article extends Model {
  @Column({ type: DataType.STRING(160), allowNull: false, unique: true }) declare slug: string;
  @Column({ type: DataType.STRING(120), allowNull: false }) declare title: string;
  @Column({ type: DataType.STRING(255), allowNull: false }) declare description: string;
  @Column({ type: DataType.TEXT, allowNull: false }) declare body: string;
  @Column({ type: DataType.JSON, allowNull: false, defaultValue: [] }) declare tagList: string[];
  @ForeignKey(() => User) @Column declare authorId: number;
  @BelongsTo(() => User, { as: 'author', foreignKey: 'authorId', onDelete: 'CASCADE' }) declare author: User;
  @BelongsToMany(() => Tag, { through: () => ArticleTag, as: 'tags' }) declare tags: Tag[];
  @HasMany(() => Comment, { foreignKey: 'articleId', onDelete: 'CASCADE', hooks: true }) declare comments: Comment[];
}

@Table({ tableName: 'comments' })
export class Comment extends Model {
  @Column({ type: DataType.TEXT, allowNull: false }) declare body: string;
  @ForeignKey(() => Article) @Column declare articleId: number;
  @ForeignKey(() => User) @Column declare authorId: number;
  @BelongsTo(() => User, { as: 'author', foreignKey: 'authorId', onDelete: 'CASCADE' }) declare author: User;
}

@Table({ tableName: 'favorites', timestamps: false })
export class Favorite extends Model {
  @ForeignKey(() => User) @Column declare userId: number;
  @ForeignKey(() => Article) @Column declare articleId: number;
}

@Table({ tableName: 'follows', timestamps: false })
export class Follow extends Model {
  @ForeignKey(() => User) @Column declare followerId: number;
  @ForeignKey(() => User) @Column declare followedId: number;
}

export function defineModels(sequelize: Sequelize) {
  sequelize.addModels([User, Tag, ArticleTag, Article, Comment, Favorite, Follow]);
  return { User, Tag, Article, Comment, Favorite, Follow };
}
