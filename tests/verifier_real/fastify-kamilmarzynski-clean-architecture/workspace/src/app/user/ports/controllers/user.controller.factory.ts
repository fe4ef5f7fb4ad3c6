// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/user/ports/controllers/user.controller.factory.ts
import { type UserControllerDependencies, type UserController } from './user.controller'

export abstract class UserControllerFactory {
  public abstract createUserController (deps: UserControllerDependencies): UserController
}
