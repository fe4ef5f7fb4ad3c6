const { sequelize } = require('../db');
const defineUser = require('./user');
const defineArticle = require('./article');

const User = defineUser(sequelize);
const { Article, Tag } = defineArticle(sequelize);

User.belongsToMany(User, { as: 'followers', through: 'follows', foreignKey: 'followingId', otherKey: 'followerId' });
Article.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
Article.belongsToMany(Tag, { as: 'tags', through: 'article_tags' });
Tag.belongsToMany(Article, { through: 'article_tags' });
Article.belongsToMany(User, { as: 'favoritedBy', through: 'favorites' });

module.exports = { sequelize, User, Article, Tag };
