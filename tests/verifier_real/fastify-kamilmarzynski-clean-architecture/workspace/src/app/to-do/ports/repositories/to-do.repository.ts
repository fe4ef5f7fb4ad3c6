// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/to-do/ports/repositories/to-do.repository.ts
import { type Repository } from '../../../../_lib/core'

import { type ToDo } from '../../domain'

export type ToDoRepository = Repository<ToDo>
