// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/loaders/database.ts
import "reflect-metadata";

import { createConnection } from "typeorm";
