// excerpt of https://github.com/sidpd51/ecommerce@7900888967ed:src/db/migrations/20260213161656-user-cart-association.js
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.changeColumn('Carts', 'userId', {
      type: Sequelize.INTEGER,
      allowNull: false,
      references: {
        model: 'Users',
        key: 'id',
      },
      onDelete: 'CASCADE',
    });
  },

  async down(queryInterface, Sequelize) {
    await queryInterface.removeColumn('Carts', 'userId');
  }
};
