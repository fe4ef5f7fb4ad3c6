// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:src/plugins/kysely.ts
import { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";

import fp from "fastify-plugin";

import { Kysely, KyselyConfig } from "kysely";

import { DB } from "kysely-codegen";

export default fp(kyselyPlugin, { name: "fastify-knex-example" });
