// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/shared/exceptions/AuthExceptions.ts
import { Exception } from "../utils/typing/Exception";

const WRONG_CREDENTIALS: Exception = {
    statusCode: 400,
    message: "Wrong credentials"
}

const NEW_PASSWORD_IS_SAME: Exception = {
    statusCode: 400,
    message: "New password can not be same as old"
}
