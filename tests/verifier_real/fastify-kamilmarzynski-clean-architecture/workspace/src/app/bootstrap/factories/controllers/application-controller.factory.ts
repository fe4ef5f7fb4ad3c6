// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/bootstrap/factories/controllers/application-controller.factory.ts
import { type ToDoController, type ToDoControllerDependencies } from '../../../to-do/ports/controllers/to-do.controller'

import { type ToDoControllerFactory } from '../../../to-do/ports/controllers/to-do.controller.factory'

import { type UserController, type UserControllerDependencies } from '../../../user/ports/controllers/user.controller'

import { type UserControllerFactory } from '../../../user/ports/controllers/user.controller.factory'

export abstract class ApplicationControllerFactory implements UserControllerFactory, ToDoControllerFactory {
  public abstract createUserController (deps: UserControllerDependencies): UserController
  public abstract createToDoController (deps: ToDoControllerDependencies): ToDoController
}
