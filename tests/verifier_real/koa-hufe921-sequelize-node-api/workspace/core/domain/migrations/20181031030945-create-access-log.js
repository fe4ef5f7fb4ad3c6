// excerpt of https://github.com/Hufe921/node-api@e4543dbb91ac:core/domain/migrations/20181031030945-create-access-log.js
module.exports = {
  up: (queryInterface, Sequelize) => {
    return queryInterface.createTable('AccessLogs', {
      id: {
        allowNull: false,
        autoIncrement: true,
        primaryKey: true,
        type: Sequelize.INTEGER
      },
      userId: {
        type: Sequelize.INTEGER
      },
      userNo: {
        type: Sequelize.STRING
      },
      token: {
        type: Sequelize.STRING
      },
      api: {
        type: Sequelize.STRING
      },
      ip: {
        type: Sequelize.STRING
      },
      query: {
        type: Sequelize.STRING
      },
      request: {
        type: Sequelize.TEXT
      },
      isActive: {
        type: Sequelize.BOOLEAN,
        defaultValue: true
      },
      createdAt: {
        allowNull: false,
        type: Sequelize.DATE
      },
      updatedAt: {
        allowNull: false,
        type: Sequelize.DATE
      }
    });
  },
  down: (queryInterface, Sequelize) => {
    return queryInterface.dropTable('AccessLogs');
  }
};
