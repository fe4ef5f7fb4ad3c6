// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/api/validation/schemas/NoteSchemas.ts
import { excludeProperties, pickProperties } from "typing-assets"

import { BaseNoteSchema, OperateNoteSchema } from "./base/Note"

import { NOTE_RESPONSES } from "../../openapi/responses/NoteResponses"

import { FastifySchema } from "../../../shared/utils/typing/FastifySchemaOverride"
