// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/user/ports/use-cases/index.ts
export * from './create-user.use-case'

export * from './delete-user.use-case'

export * from './find-user-by-id.use-case'

export * from './get-users.use-case'

export * from './update-user.use-case'
