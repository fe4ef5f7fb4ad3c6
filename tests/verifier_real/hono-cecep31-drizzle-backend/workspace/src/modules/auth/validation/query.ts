// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/auth/validation/query.ts
import { z } from 'zod';

import { safeLimit, safeOffset } from '../../../utils/request';

import {
  MAX_ISO_DATETIME_STRING_LENGTH,
  MAX_OAUTH_AUTHORIZATION_CODE_LENGTH,
} from '../../../utils/validationLimits';
