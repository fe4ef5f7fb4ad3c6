const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.PGDATABASE, process.env.PGUSER, process.env.PGPASSWORD, {
  host: process.env.PGHOST,
  port: process.env.PGPORT,
  dialect: 'postgres',
  logging: false,
  pool: { max: 10, idle: 10000 },
});

const User = sequelize.define('User', {
  username: { type: DataTypes.STRING, unique: true, allowNull: false },
  email: { type: DataTypes.STRING, unique: true, allowNull: false },
  password: { type: DataTypes.STRING, allowNull: false },
});
const Article = sequelize.define('Article', { slug: { type: DataTypes.STRING, unique: true }, title: DataTypes.STRING, body: DataTypes.TEXT });
Article.belongsTo(User, { as: 'author' });
const Favorite = sequelize.define('Favorite', {}, { timestamps: false });
User.belongsToMany(Article, { through: Favorite, as: 'favorites' });
Article.belongsToMany(User, { through: Favorite, as: 'favoritedBy' });

module.exports = { sequelize, User, Article };
