// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:migrations/20211226000000-user-ip-column-allow-null.js
module.exports = {
  up: async (queryInterface, Sequelize) =>
    queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.changeColumn(
        'User',
        'ip',
        {
          type: Sequelize.DataTypes.STRING,
          defaultValue: undefined,
        },
        { transaction }
      )
      await queryInterface.bulkUpdate(
        'User',
        { ip: null },
        { ip: '' },
        { transaction }
      )
    }),
  down: async (queryInterface, Sequelize) =>
    queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.changeColumn(
        'User',
        'ip',
        {
          type: Sequelize.DataTypes.STRING,
          defaultValue: '',
        },
        { transaction }
      )
      await queryInterface.bulkUpdate(
        'User',
        { ip: '' },
        { ip: null },
        { transaction }
      )
    }),
}
