// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:migrations/20211225000000-user-add-ip-column.js
module.exports = {
  up: async (queryInterface, Sequelize) =>
    queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.addColumn(
        'User',
        'ip',
        {
          type: Sequelize.STRING,
          defaultValue: '',
        },
        { transaction }
      )
    }),
  down: async (queryInterface) =>
    queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.removeColumn('User', 'ip', { transaction })
    }),
}
