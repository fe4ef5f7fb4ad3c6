// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/to-do/ports/use-cases/index.ts
export * from './complete-to-do.use-case'

export * from './create-to-do.use-case'

export * from './delete-to-do.use-case'

export * from './find-to-do-by-id.use-case'

export * from './get-user-to-dos.use-case'

export * from './update-to-do.use-case'
