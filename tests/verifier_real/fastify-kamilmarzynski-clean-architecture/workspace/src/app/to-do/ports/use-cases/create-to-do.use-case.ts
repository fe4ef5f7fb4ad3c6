// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/to-do/ports/use-cases/create-to-do.use-case.ts
import { type UseCase, type UseCaseInput, type UseCaseOutput } from '../../../../_lib/core'
