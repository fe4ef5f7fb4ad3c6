// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/shared/utils/common/Logger.ts
import winston, { level } from "winston";
