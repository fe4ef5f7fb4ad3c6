// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/_lib/_sharedKernel/user/ports/api/index.ts
export * from './user.api'
