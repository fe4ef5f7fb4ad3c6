// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/api/openapi/responses/AuthResponses.ts
import { NEW_PASSWORD_IS_SAME, WRONG_CREDENTIALS } from "../../../shared/exceptions/AuthExceptions";

import { SERVICE_UNAVAILABLE } from "../../../shared/exceptions/CommonException";

import { USER_NOT_AUTHORIZED } from "../../../shared/exceptions/UserExceptions";
