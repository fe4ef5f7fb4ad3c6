import { BelongsTo, BelongsToMany, Column, DataType, ForeignKey, HasMany, Model, Table } from 'sequelize-typescript';
import { sequelize } from '../db';

@Table({ tableName: 'follows', timestamps: false })
export class Follow extends Model {
  @ForeignKey(() => User) @Column followerId!: number;
  @ForeignKey(() => User) @Column followedId!: number;
}

@Table({ tableName: 'favorites', timestamps: false })
export class Favorite extends Model {
  @ForeignKey(() => User) @Column UserId!: number;
  @ForeignKey(() => Article) @Column ArticleId!: number;
}

@Table({ tableName: 'article_tags', timestamps: false })
export class ArticleTag extends Model {
  @ForeignKey(() => Article) @Column ArticleId!: number;
  @ForeignKey(() => Tag) @Column TagId!: number;
}

@Table({ tableName: 'users' })
export class User extends Model {
  @Column({ allowNull: false, unique: true }) email!: string;
  @Column({ allowNull: false, unique: true }) username!: string;
  @Column({ allowNull: false }) passwordHash!: string;
  @Column(DataType.TEXT) bio?: string;
  @Column(DataType.STRING(2000)) image?: string;
  @BelongsToMany(() => User, { through: () => Follow, as: 'following', foreignKey: 'followerId', otherKey: 'followedId' })
  following!: User[];
  @BelongsToMany(() => Article, { through: () => Favorite, as: 'favorites' })
  favorites!: Article[];
}

@Table({ tableName: 'tags', timestamps: false })
export class Tag extends Model {
  @Column({ allowNull: false, unique: true }) name!: string;
  @BelongsToMany(() => Article, () => ArticleTag) Articles!: Article[];
}

@Table({ tableName: 'articles' })
export class Article extends Model {
  @Column({ allowNull: false, unique: true }) slug!: string;
  @Column({ allowNull: false }) title!: string;
  @Column({ allowNull: false }) description!: string;
  @Column({ type: DataType.TEXT, allowNull: false }) body!: string;
  @ForeignKey(() => User) @Column authorId!: number;
  @BelongsTo(() => User, { as: 'author', foreignKey: 'authorId' }) author!: User;
  @BelongsToMany(() => Tag, { through: () => ArticleTag, as: 'tags' }) tags!: Tag[];
  @BelongsToMany(() => User, { through: () => Favorite, as: 'favoritedBy' }) favoritedBy!: User[];
  @HasMany(() => Comment, 'articleId') comments!: Comment[];
}

@Table({ tableName: 'comments' })
export class Comment extends Model {
  @Column({ type: DataType.TEXT, allowNull: false }) body!: string;
  @ForeignKey(() => Article) @Column articleId!: number;
  @ForeignKey(() => User) @Column authorId!: number;
  @BelongsTo(() => User, { as: 'author', foreignKey: 'authorId' }) author!: User;
}

sequelize.addModels([Follow, Favorite, ArticleTag, User, Tag, Article, Comment]);

export { sequelize };
