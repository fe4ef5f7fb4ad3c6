// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/seeds/02-articles.ts
import * as faker from 'faker';

import * as _ from 'lodash';

import * as uuid from 'uuid';

import * as slug from 'slug';

import { subMonths } from 'date-fns';

import { config } from '../config';

import { getUsers } from './01-users';

exports.seed = async function (knex) {
  const users = getUsers()

  if (config.env.isProd) {
    await knex('articles').whereIn('author', users.map(u => u.id)).del()
  } else {
    await knex('articles').del()
  }

  return Promise.all(getArticles(users).map(a => knex('articles').insert(a)))
}
