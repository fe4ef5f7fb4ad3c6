// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/lib/utils.ts
import { config } from '../config';

import * as jwt from 'jsonwebtoken';

import * as _ from 'lodash';
