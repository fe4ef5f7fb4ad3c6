// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/bootstrap/factories/repositories/index.ts
export * from './application-repository.factory'

export * from './application-repository.local.factory'

export * from './application-repository.mongo.factory'
