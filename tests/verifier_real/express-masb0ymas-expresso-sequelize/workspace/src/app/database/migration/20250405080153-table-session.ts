// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/database/migration/20250405080153-table-session.ts
import { DataTypes, QueryInterface } from 'sequelize'

export async function up(queryInterface: QueryInterface, Sequelize: typeof DataTypes) {
  await queryInterface.createTable('session', {
    id: {
      allowNull: false,
      primaryKey: true,
      type: Sequelize.UUID,
      defaultValue: Sequelize.UUIDV4,
    },
    created_at: {
      allowNull: false,
      type: Sequelize.DATE,
    },
    updated_at: {
      allowNull: false,
      type: Sequelize.DATE,
    },
    user_id: {
      allowNull: false,
      type: Sequelize.UUID,
      defaultValue: Sequelize.UUIDV4,
      references: {
        model: 'user',
        key: 'id',
      },
    },
    token: {
      allowNull: false,
      type: Sequelize.TEXT,
    },
    ip_address: {
      type: Sequelize.STRING,
    },
    device: {
      type: Sequelize.STRING,
    },
    platform: {
      type: Sequelize.STRING,
    },
    user_agent: {
      type: Sequelize.STRING,
    },
    latitude: {
      type: Sequelize.STRING,
    },
    longitude: {
      type: Sequelize.STRING,
    },
  })
}

export async function down(queryInterface: QueryInterface, Sequelize: typeof DataTypes) {
  await queryInterface.dropTable('session')
}
