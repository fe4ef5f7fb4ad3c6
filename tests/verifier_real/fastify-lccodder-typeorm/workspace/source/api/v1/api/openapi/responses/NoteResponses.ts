// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/api/openapi/responses/NoteResponses.ts
import { excludeProperties } from "typing-assets";

import { BaseNoteSchema } from "../../validation/schemas/base/Note";

import { BaseUserSchema } from "../../validation/schemas/base/User";

import { NOTE_ACCESS_RESTRICTED, COLLABORATOR_ALREADY_IN_NOTE, COLLABORATOR_NOT_FOUND, NOTE_NOT_FOUND } from "../../../shared/exceptions/NoteExceptions";

import { SERVICE_UNAVAILABLE } from "../../../shared/exceptions/CommonException";

import { USER_NOT_AUTHORIZED } from "../../../shared/exceptions/UserExceptions";
