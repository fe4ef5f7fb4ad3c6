// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/constants/types.ts
export const TYPES = {
  ArticleRepository: Symbol.for('ArticleRepository'),
  ArticleService: Symbol.for('ArticleService'),
  JwtCipher: Symbol.for('JwtCipher'),
  TagRepository: Symbol.for('TagRepository'),
  UserRepository: Symbol.for('UserRepository'),
}
