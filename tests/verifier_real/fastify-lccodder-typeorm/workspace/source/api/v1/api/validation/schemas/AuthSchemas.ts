// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/api/validation/schemas/AuthSchemas.ts
import {pickProperties} from "typing-assets";

import {BaseUserSchema} from "./base/User";

import {FastifySchema} from "../../../shared/utils/typing/FastifySchemaOverride";

import { AUTH_RESPONSES } from "../../openapi/responses/AuthResponses";
