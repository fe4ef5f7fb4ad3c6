// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:migrations/20211225000001-tag-index-created-at.js
module.exports = {
  up: async (queryInterface) =>
    queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.addIndex('Tag', {
        fields: ['createdAt'],
        transaction,
      })
    }),
  down: async (queryInterface) =>
    queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.removeIndex('Tag', {
        fields: ['createdAt'],
        transaction,
      })
    }),
}
