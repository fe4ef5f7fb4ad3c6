// excerpt of hmake98/fastify-typescript@3e195bf8ed9b:src/schemas/Post.ts
import Joi from 'joi';
