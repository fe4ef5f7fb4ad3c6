// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:src/schemas/login-user.ts
import { Type } from "@sinclair/typebox";
