// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/database/seed/20250405080309-role.ts
import { isEmpty } from 'lodash'

import { DataTypes, QueryInterface } from 'sequelize'

import { ConstRole } from '~/lib/constant/seed/role'

export async function up(queryInterface: QueryInterface, Sequelize: typeof DataTypes) {
  const formData: any[] = []

  if (!isEmpty(data)) {
    for (let i = 0; i < data.length; i += 1) {
      const item = data[i]

      formData.push({
        ...item,
        created_at: new Date(),
        updated_at: new Date(),
      })
    }
  }

  await queryInterface.bulkInsert('role', formData)
}

export async function down(queryInterface: QueryInterface, Sequelize: typeof DataTypes) {
  await queryInterface.bulkDelete('role', {})
}
