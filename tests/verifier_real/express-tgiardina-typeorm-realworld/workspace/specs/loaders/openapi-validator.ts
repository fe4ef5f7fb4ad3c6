// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:specs/loaders/openapi-validator.ts
import { use } from 'chai';

import openapiValidator = require('chai-openapi-response-validator');

import { resolve } from 'path';
