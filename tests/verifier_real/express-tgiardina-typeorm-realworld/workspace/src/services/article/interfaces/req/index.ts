// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/services/article/interfaces/req/index.ts
export { IArticleDbSeed } from './IArticleDbSeed';

export { IArticleEntity } from './IArticleEntity';

export { IArticleRepository } from './IArticleRepository';

export { ITagDbSeed } from './ITagDbSeed';

export { ITagEntity } from './ITagEntity';

export { ITagRepository } from './ITagRepository';

export { IUserEntity } from './IUserEntity';

export { IUserRepository } from './IUserRepository';
