// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/_lib/frameworks/server/server.ts
import fastify, { type FastifyInstance } from 'fastify'

import { type HttpController } from '../../core/http'

import { type AppConfig } from '../../core/config'

import { type Controller } from '../../core/controller'
