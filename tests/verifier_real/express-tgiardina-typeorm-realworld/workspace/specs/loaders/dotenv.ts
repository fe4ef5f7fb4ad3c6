// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:specs/loaders/dotenv.ts
import { config } from 'dotenv';
