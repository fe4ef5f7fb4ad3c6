// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:source/api/v1/shared/utils/jwt/PayloadExtractor.ts
import * as jwt from 'jsonwebtoken'

import { User } from '../../../database/entities/User'
