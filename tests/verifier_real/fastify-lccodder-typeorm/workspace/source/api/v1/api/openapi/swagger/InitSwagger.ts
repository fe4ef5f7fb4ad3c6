// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/api/openapi/swagger/InitSwagger.ts
import {FastifyInstance} from "fastify";

const swagger = require("@fastify/swagger");

const swaggerUI = require("@fastify/swagger-ui");
