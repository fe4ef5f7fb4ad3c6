// excerpt of hmake98/fastify-typescript@3e195bf8ed9b:src/constants/request.ts
