// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/article/interfaces/req/IArticleRo.ts
import { IProfileRo } from '../../../interfaces';
