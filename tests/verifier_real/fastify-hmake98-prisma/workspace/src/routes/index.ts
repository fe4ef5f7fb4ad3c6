// excerpt of hmake98/fastify-typescript@3e195bf8ed9b:src/routes/index.ts
export * from './post.router';

export * from './user.router';
