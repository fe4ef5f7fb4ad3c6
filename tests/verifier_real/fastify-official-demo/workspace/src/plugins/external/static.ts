// excerpt of fastify/demo@1f50cc1dc6c2:src/plugins/external/static.ts
import fastifyStatic, { FastifyStaticOptions } from '@fastify/static'

import { FastifyInstance } from 'fastify'

import fs from 'node:fs'

import path from 'node:path'

export const autoConfig = (fastify: FastifyInstance): FastifyStaticOptions => {
  const dirPath = path.join(import.meta.dirname, '../../..', fastify.config.UPLOAD_DIRNAME)
  if (!fs.existsSync(dirPath)) {
    fs.mkdirSync(dirPath)
  }

  return {
    root: dirPath,
    prefix: `/${fastify.config.UPLOAD_DIRNAME}`
  }
}
