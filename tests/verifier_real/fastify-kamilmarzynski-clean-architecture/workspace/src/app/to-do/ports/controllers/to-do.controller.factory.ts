// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/to-do/ports/controllers/to-do.controller.factory.ts
import { type ToDoController, type ToDoControllerDependencies } from './to-do.controller'

export abstract class ToDoControllerFactory {
  public abstract createToDoController (deps: ToDoControllerDependencies): ToDoController
}
