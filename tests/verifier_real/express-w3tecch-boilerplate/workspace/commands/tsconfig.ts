// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:commands/tsconfig.ts
import * as jsonfile from 'jsonfile';

import * as path from 'path';

import * as tsconfig from '../tsconfig.json';
