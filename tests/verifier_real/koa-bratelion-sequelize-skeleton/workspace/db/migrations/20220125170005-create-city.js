// excerpt of https://github.com/Bratelion/koa-sequelize-skeleton@ac4c439650b4:db/migrations/20220125170005-create-city.js
module.exports = {
  up: async (queryInterface, sequelize) => {
    try {
      await queryInterface.createTable('city', {
        id: {
          primaryKey: true,
          autoIncrement: true,
          allowNull: false,
          type: sequelize.INTEGER,
        },
        name: {
          unique: true,
          allowNull: false,
          type: sequelize.STRING,
        },
        created_at: {
          allowNull: false,
          type: sequelize.DATE,
        },
      });
    } catch (err) {
      throw err;
    }
  },
  down: async (queryInterface) => {
    try {
      await queryInterface.dropTable('city');
    } catch (err) {
      throw err;
    }
  },
};
