// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/loaders/index.ts
export { loadContainer } from './container';

export { loadDatabase } from './database';

export { loadParser } from './parser';
