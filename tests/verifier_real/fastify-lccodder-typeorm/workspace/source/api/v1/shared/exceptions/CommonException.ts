// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/shared/exceptions/CommonException.ts
import { Exception } from "../utils/typing/Exception";

export const SERVICE_UNAVAILABLE: Exception = {
  statusCode: 503,
  message: "Service unavailable"
}
