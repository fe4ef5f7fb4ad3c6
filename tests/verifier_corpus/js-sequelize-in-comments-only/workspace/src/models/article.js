// Sequelize-style model definition
module.exports = { name: 'Article' };
