// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/shared/utils/guards/ExceptionGuard.ts
import { Exception } from "../typing/Exception";

export const isException = (target: unknown): target is Exception => {
    return target && typeof (target as Exception)["message"] === 'string'
}
