// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/loaders/parser.ts
import { json } from 'body-parser';

import { Application } from 'express';

export function loadParser(app: Application): void {
  app.use(json());
}
