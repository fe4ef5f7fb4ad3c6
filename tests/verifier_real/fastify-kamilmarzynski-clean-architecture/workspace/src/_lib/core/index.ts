// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/_lib/core/index.ts
export * from './entityId'

export * from './entity'

export * from './repository'

export * from './use-case'

export * from './controller'

export * from './config'

export * from './http'

export * from './di'
