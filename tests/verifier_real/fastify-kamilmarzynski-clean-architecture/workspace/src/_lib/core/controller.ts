// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/_lib/core/controller.ts
import { type TransportType, type AppConfig } from './config'

export abstract class Controller<T extends RouteHandler = RouteHandler> {
  protected handlers: T[] = []
  public readonly abstract type: TransportType

  get routes (): T[] {
    return this.handlers
  }
}

export abstract class ControllerFactory {
  constructor (protected readonly deps: {
    config: AppConfig
  }) {}
  public abstract create (): Controller
}
