// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/service/role.ts
import { Model, ModelStatic } from 'sequelize'

import Role from '../database/entity/role'

import { roleSchema } from '../database/schema/role'

import BaseService from './base'

type RoleModel = Role & Model

export default class RoleService extends BaseService<RoleModel> {
  constructor() {
    super({
      repository: Role as unknown as ModelStatic<RoleModel>,
      schema: roleSchema,
      model: 'role',
    })
  }
}
