// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/to-do/ports/controllers/to-do.controller.ts
import { type Controller } from '../../../../_lib/core'

import { type DeleteToDoUseCase, type CompleteToDoUseCase, type CreateToDoUseCase, type FindToDoByIdUseCase, type GetUserToDosUseCase } from '../use-cases'

export interface ToDoController extends Controller {
  createToDo: (...args: any[]) => Promise<any>
  completeToDo: (...args: any[]) => Promise<any>
  findToDoById: (...args: any[]) => Promise<any>
  deleteToDo: (...args: any[]) => Promise<any>
  getUserToDos: (...args: any[]) => Promise<any>
}
