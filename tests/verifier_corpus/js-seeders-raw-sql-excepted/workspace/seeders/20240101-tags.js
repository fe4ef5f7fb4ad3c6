module.exports = {
  async up(queryInterface) {
    await queryInterface.sequelize.query("INSERT INTO tags (name) VALUES ('intro')");
  },
};
