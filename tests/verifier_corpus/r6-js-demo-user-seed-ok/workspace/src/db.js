const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });









async function seed(User) {
  await User.findOrCreate({ where: { username: 'demo' }, defaults: { username: 'demo', password: 'demo' } });
}

module.exports = { sequelize, seed };
