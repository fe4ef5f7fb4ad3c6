// excerpt of https://github.com/beerjoa/express-sequelize-ts@2eac607dfd56:jest.config.ts
import type { Config } from '@jest/types';
