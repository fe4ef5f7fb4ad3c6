import { sequelize } from './sequelize.js';
import { User } from './user.js';
import { Article, Tag, Comment } from './article.js';

User.hasMany(Article, { as: 'articles', foreignKey: 'authorId', onDelete: 'CASCADE' });
Article.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
Article.belongsToMany(Tag, { as: 'tags', through: 'article_tags', timestamps: false });
Tag.belongsToMany(Article, { as: 'articles', through: 'article_tags', timestamps: false });
Article.belongsToMany(User, { as: 'favoritedBy', through: 'favorites', foreignKey: 'articleId', otherKey: 'userId' });
User.belongsToMany(Article, { as: 'favorites', through: 'favorites', foreignKey: 'userId', otherKey: 'articleId' });
User.belongsToMany(User, { as: 'following', through: 'follows', foreignKey: 'followerId', otherKey: 'followeeId' });
User.belongsToMany(User, { as: 'followers', through: 'follows', foreignKey: 'followeeId', otherKey: 'followerId' });
Article.hasMany(Comment, { as: 'comments', foreignKey: 'articleId', onDelete: 'CASCADE' });
Comment.belongsTo(Article, { foreignKey: 'articleId' });
Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId' });

export { sequelize, User, Article, Tag, Comment };
