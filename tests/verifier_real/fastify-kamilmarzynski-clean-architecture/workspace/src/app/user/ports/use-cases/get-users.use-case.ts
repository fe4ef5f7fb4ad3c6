// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/user/ports/use-cases/get-users.use-case.ts
import { type UseCase, type UseCaseInput, type UseCaseOutput } from '../../../../_lib/core'
