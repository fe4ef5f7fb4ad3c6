const fp = require('fastify-plugin');
const { Sequelize, DataTypes } = require('sequelize');

module.exports = fp(async (fastify) => {
  const sequelize = new Sequelize(process.env.PGDATABASE, process.env.PGUSER, process.env.PGPASSWORD, {
    dialect: 'postgres',
    host: process.env.PGHOST,
    port: Number(process.env.PGPORT || 5432),
    logging: false,
    pool: { max: 10 },
  });

  const User = sequelize.define('user', {
    email: { type: DataTypes.STRING, unique: true, allowNull: false },
    username: { type: DataTypes.STRING, unique: true, allowNull: false },
    password: { type: DataTypes.STRING, allowNull: false },
    bio: { type: DataTypes.TEXT, defaultValue: '' },
    image: DataTypes.STRING,
  });
  const Article = sequelize.define('article', {
    slug: { type: DataTypes.STRING, unique: true },
    title: DataTypes.STRING,
    description: DataTypes.TEXT,
    body: DataTypes.TEXT,
    tagList: { type: DataTypes.ARRAY(DataTypes.STRING), defaultValue: [] },
  });
  Article.belongsTo(User, { as: 'author', foreignKey: 'authorId' });

  await sequelize.sync();
  fastify.decorate('models', { User, Article });
  fastify.addHook('onClose', () => sequelize.close());
});
