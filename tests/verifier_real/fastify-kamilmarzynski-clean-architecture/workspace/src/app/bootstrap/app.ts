// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/bootstrap/app.ts
import { UserModule } from '../user/user.module'

import { type AppDependencies } from '../../_lib/core/di'

import { ToDoModule } from '../to-do/to-do.module'
