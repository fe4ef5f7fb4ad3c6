// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/shared/utils/jwt/TokenGenerator.ts
import * as jwt from 'jsonwebtoken'

import { CONFIG } from '../../config/ServerConfiguration'
