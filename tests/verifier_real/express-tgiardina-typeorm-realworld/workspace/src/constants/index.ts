// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/constants/index.ts
export { TYPES } from './types';
