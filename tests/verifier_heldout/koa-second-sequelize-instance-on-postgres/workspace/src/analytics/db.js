const { DataTypes, Sequelize } = require('sequelize');

// Read counters go to the shared analytics Postgres so dashboards can see them.
const analytics = new Sequelize(
  process.env.ANALYTICS_DATABASE_URL || 'postgres://conduit:conduit@localhost:5432/conduit_analytics',
  { dialect: 'postgres', logging: false },
);

const ArticleView = analytics.define('ArticleView', {
  slug: { type: DataTypes.STRING, allowNull: false },
  viewerId: { type: DataTypes.INTEGER, allowNull: true },
});

module.exports = { analytics, ArticleView };
