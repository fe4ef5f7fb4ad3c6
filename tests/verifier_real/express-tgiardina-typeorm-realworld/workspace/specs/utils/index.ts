// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:specs/utils/index.ts
export { initConnection } from './init-connection';
