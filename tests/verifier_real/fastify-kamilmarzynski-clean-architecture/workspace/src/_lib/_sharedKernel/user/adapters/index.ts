// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/_lib/_sharedKernel/user/adapters/index.ts
export * from './api'
