// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:specs/loaders/chai-http.ts
import chaiHttp = require('chai-http');

import { use } from 'chai';
