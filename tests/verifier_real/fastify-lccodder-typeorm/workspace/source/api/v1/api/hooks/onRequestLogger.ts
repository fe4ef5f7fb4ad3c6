// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/api/hooks/onRequestLogger.ts
import { FastifyReply, FastifyRequest } from "fastify"

import { LOGGER } from "../../shared/utils/common/Logger"
