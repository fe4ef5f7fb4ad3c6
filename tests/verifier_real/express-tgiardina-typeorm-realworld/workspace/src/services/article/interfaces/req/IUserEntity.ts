// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/services/article/interfaces/req/IUserEntity.ts
