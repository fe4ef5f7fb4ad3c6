// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/to-do/use-cases/index.ts
export * from './create-to-do.use-case'
