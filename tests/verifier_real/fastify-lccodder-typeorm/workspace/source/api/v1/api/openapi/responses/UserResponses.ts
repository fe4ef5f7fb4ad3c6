// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/api/openapi/responses/UserResponses.ts
import { excludeProperties } from "typing-assets";

import { BaseUserSchema } from "../../validation/schemas/base/User";

import { USER_ALREADY_EXISTS, USER_NOT_AUTHORIZED, USER_NOT_FOUND } from "../../../shared/exceptions/UserExceptions";

import { SERVICE_UNAVAILABLE } from "../../../shared/exceptions/CommonException";
