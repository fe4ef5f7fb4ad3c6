// excerpt of mowais-10p/koa-sequelize-ts-postgres-starter@8957be1475cf:database/migrations/20170921074710-3-create-table-UserProfile.js
module.exports = {
  up: (queryInterface, Sequelize) => {
    return queryInterface.createTable('UserProfile', {
      ID: {
        type: Sequelize.UUID,
        primaryKey: true,
        defaultValue: Sequelize.literal('uuid_generate_v4()'),
        allowNull: false
      },
      FirstName: {
        type: Sequelize.STRING
      },
      LastName: {
        type: Sequelize.STRING
      },
      CognitoID: {
        type: Sequelize.STRING
      },
      Email: {
        type: Sequelize.STRING
      },
      Phone: {
        type: Sequelize.STRING
      },
      ParentID: {
        type: Sequelize.UUID
      },
      RoleID: {
        type: Sequelize.UUID,
        references: {
          model: 'Role',
          key: 'ID'
        }
      },
      CreatedAt: {
        allowNull: false,
        type: Sequelize.DATE,
        defaultValue: Sequelize.literal('CURRENT_TIMESTAMP')
      },
      UpdatedAt: {
        allowNull: false,
        type: Sequelize.DATE,
        defaultValue: Sequelize.literal('CURRENT_TIMESTAMP')
      }
    });
  },

  down: (queryInterface, Sequelize) => {
    return queryInterface.dropTable('UserProfile');
  }
};
