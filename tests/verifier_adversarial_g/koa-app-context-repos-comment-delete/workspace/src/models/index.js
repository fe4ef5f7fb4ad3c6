import { defineUser } from './user.js';
import { defineArticle } from './article.js';

/** Defines every entity on the given connection and wires the associations. */
export function defineModels(sequelize) {
  const { User, Follow } = defineUser(sequelize);
  const { Article, Tag, ArticleTag, Favorite, Comment } = defineArticle(sequelize);

  const cascade = { onDelete: 'CASCADE' };
  User.hasMany(Article, { foreignKey: 'authorId', as: 'articles', ...cascade });
  Article.belongsTo(User, { foreignKey: 'authorId', as: 'author' });
  Article.belongsToMany(Tag, { through: ArticleTag, foreignKey: 'articleId', otherKey: 'tagId', as: 'tags' });
  Tag.belongsToMany(Article, { through: ArticleTag, foreignKey: 'tagId', otherKey: 'articleId', as: 'articles' });
  Article.hasMany(Favorite, { foreignKey: 'articleId', as: 'favorites', ...cascade });
  Favorite.belongsTo(User, { foreignKey: 'userId', ...cascade });
  Article.hasMany(Comment, { foreignKey: 'articleId', as: 'comments', ...cascade });
  Comment.belongsTo(Article, { foreignKey: 'articleId' });
  Comment.belongsTo(User, { foreignKey: 'authorId', as: 'author', ...cascade });
  Follow.belongsTo(User, { foreignKey: 'followingId', as: 'following', ...cascade });

  return { User, Follow, Article, Tag, ArticleTag, Favorite, Comment };
}
