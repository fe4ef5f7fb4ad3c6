// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/api/validation/schemas/UserSchemas.ts
import { FastifySchema } from "../../../shared/utils/typing/FastifySchemaOverride";

import { excludeProperties, pickProperties } from "typing-assets"

import { BaseUserSchema } from "./base/User"

import { USER_RESPONSES } from "../../openapi/responses/UserResponses";
