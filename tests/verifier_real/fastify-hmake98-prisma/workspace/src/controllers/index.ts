// excerpt of hmake98/fastify-typescript@3e195bf8ed9b:src/controllers/index.ts
export * from './user.controller';

export * from './post.controller';
