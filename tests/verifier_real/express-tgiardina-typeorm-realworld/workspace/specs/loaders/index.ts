// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:specs/loaders/index.ts
import initChaiHttp from './chai-http';

import initDotenv from './dotenv';

import initOpenapiValidator from './openapi-validator';
