import { DataTypes } from 'sequelize';

export function defineModels(sequelize) {
  const User = sequelize.define('User', {
    username: { type: DataTypes.STRING, allowNull: false, unique: true },
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
    passwordHash: { type: DataTypes.STRING, allowNull: false },
    bio: { type: DataTypes.TEXT, allowNull: true },
    image: { type: DataTypes.STRING(2000), allowNull: true },
  }, { tableName: 'users' });

  const Article = sequelize.define('Article', {
    slug: { type: DataTypes.STRING, allowNull: false, unique: true },
    title: { type: DataTypes.STRING, allowNull: false },
    description: { type: DataTypes.TEXT, allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    tagList: { type: DataTypes.JSON, allowNull: false, defaultValue: [] },
  }, { tableName: 'articles' });

  const Comment = sequelize.define('Comment', {
    body: { type: DataTypes.TEXT, allowNull: false },
  }, { tableName: 'comments' });

  const Follow = sequelize.define('Follow', {}, { tableName: 'follows', timestamps: false });
  const Favorite = sequelize.define('Favorite', {}, { tableName: 'favorites', timestamps: false });

  Article.belongsTo(User, { as: 'author', foreignKey: 'authorId', onDelete: 'CASCADE' });
  Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId', onDelete: 'CASCADE' });
  Comment.belongsTo(Article, { foreignKey: 'articleId', onDelete: 'CASCADE' });
  Article.hasMany(Comment, { foreignKey: 'articleId' });
  User.belongsToMany(User, { through: Follow, as: 'following', foreignKey: 'followerId', otherKey: 'followedId' });
  User.belongsToMany(Article, { through: Favorite, as: 'favorites', foreignKey: 'userId', otherKey: 'articleId' });
  Article.belongsToMany(User, { through: Favorite, as: 'fans', foreignKey: 'articleId', otherKey: 'userId' });

  return { User, Article, Comment, Follow, Favorite };
}
