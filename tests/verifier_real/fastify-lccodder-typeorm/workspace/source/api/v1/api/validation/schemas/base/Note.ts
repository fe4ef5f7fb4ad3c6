// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/api/validation/schemas/base/Note.ts
import { FastifySchema } from "../../../../shared/utils/typing/FastifySchemaOverride"
