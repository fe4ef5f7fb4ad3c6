// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/bootstrap/factories/controllers/index.ts
export * from './application-controller.factory'

export * from './application-controller.http.factory'
