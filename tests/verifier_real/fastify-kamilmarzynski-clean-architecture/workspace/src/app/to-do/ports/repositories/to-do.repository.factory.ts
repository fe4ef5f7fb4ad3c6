// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/to-do/ports/repositories/to-do.repository.factory.ts
import { type ToDoRepository } from './to-do.repository'

export abstract class ToDoRepositoryFactory {
  public abstract createToDoRepository (): ToDoRepository
}
