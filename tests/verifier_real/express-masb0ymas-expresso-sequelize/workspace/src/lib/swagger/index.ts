// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/swagger/index.ts
import fs from 'fs'

import _ from 'lodash'

import path from 'path'

import swaggerJSDoc from 'swagger-jsdoc'

import { env } from '~/config/env'

import { currentDir } from '../string'

function _getDocsSwaggers(_path: string | Buffer): Record<string, unknown> {
  return fs.readdirSync(_path).reduce((acc, file) => {
    const data = require(`${_path}/${file}`)
    acc = { ...acc, ...data }

    return acc
  }, {})
}
