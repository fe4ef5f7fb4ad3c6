// excerpt of mowais-10p/koa-sequelize-ts-postgres-starter@8957be1475cf:database/migrations/20170921074311-2-create-table-AppConfig.js
module.exports = {
  up: (queryInterface, Sequelize) => {
    return queryInterface.createTable('AppConfig', {
      ID: {
        type: Sequelize.UUID,
        primaryKey: true,
        defaultValue: Sequelize.literal('uuid_generate_v4()'),
        allowNull: false
      },
      Key: {
        type: Sequelize.STRING
      },
      Value: {
        type: Sequelize.STRING
      }
    });
  },

  down: (queryInterface, Sequelize) => {
    return queryInterface.dropTable('AppConfig');
  }
};
