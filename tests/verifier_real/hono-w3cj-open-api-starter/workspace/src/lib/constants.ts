// excerpt of w3cj/hono-open-api-starter@803d5edfb21f:src/lib/constants.ts
import * as HttpStatusPhrases from "stoker/http-status-phrases";

import { createMessageObjectSchema } from "stoker/openapi/schemas";
