// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/index.ts
import { initApp } from './app/bootstrap/app'

import { makeDependencyContainer } from './_lib/core/di'

import { makeConfig } from './_lib/core/config'

import { bootstrapServer } from './_lib/frameworks/server/server'
