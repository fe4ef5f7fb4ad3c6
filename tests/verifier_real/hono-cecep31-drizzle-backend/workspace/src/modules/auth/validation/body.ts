// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/auth/validation/body.ts
import { z } from 'zod';

import { validatePassword } from '../../../utils/password';

import {
  MAX_EMAIL_LENGTH,
  MAX_REFRESH_TOKEN_LENGTH,
  MAX_RESET_TOKEN_LENGTH,
} from '../../../utils/validationLimits';
