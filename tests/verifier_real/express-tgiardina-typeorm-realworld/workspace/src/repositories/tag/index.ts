// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/repositories/tag/index.ts
export { TagEntity } from './TagEntity';

export { TagRepository } from './TagRepository';
