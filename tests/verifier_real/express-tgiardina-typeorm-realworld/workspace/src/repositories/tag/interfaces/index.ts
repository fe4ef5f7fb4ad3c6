// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/repositories/tag/interfaces/index.ts
export { ITagEntity, ITagRepository, ITagSeed } from './spec';
