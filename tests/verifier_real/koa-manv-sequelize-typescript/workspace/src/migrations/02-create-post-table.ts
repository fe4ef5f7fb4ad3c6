// excerpt of https://github.com/manV/Ts-Koa-Sequelize-Boilerplate@e3545cc4a49c:src/migrations/02-create-post-table.ts
import * as Sequelize from 'sequelize';

export async function up(sequelize: Sequelize.Sequelize) {
  const queryInterface = sequelize.getQueryInterface();

  await queryInterface.createTable('posts', {
    id: {
      type: Sequelize.INTEGER,
      allowNull: false,
      primaryKey: true,
      autoIncrement: true
    },
    name: {
      type: Sequelize.STRING
    },
    createdAt: {
      type: Sequelize.DATE,
      allowNull: false
    },
    updatedAt: {
      type: Sequelize.DATE,
      allowNull: false
    }
  });
}

export async function down(sequelize: Sequelize.Sequelize) {
  const queryInterface = sequelize.getQueryInterface();
  await queryInterface.dropTable('posts');
}
