// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/seeds/01-users.ts
import * as bcrypt from 'bcrypt';

import * as faker from 'faker';

import { config } from '../config';

exports.seed = async function (knex) {
  if (config.env.isProd) {
    await knex('users')
      .whereIn('email', users.map(u => u.email || `${u.name}@demo.com`)).del()
  } else {
    await knex('users').del()
  }

  return knex('users').insert(getUsers())
}
