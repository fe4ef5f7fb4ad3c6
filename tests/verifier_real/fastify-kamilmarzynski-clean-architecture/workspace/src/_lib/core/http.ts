// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/_lib/core/http.ts
import { Controller } from './controller'

export abstract class HttpController extends Controller<HttpRoute> {
  protected handlers: HttpRoute[] = []
  public readonly type = 'http'
}
