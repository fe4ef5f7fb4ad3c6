// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/repositories/user/interfaces/req/IJwtCipher.ts
