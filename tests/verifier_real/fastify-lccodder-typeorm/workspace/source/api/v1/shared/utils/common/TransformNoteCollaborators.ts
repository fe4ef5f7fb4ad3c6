// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/shared/utils/common/TransformNoteCollaborators.ts
import { Note as NoteEntity } from "../../../database/entities/Note";

import { Note } from "../../dto/NoteDto";
