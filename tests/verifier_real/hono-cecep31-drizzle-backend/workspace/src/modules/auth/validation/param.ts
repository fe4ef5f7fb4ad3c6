// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/auth/validation/param.ts
import { z } from 'zod';

import { MAX_EMAIL_LENGTH } from '../../../utils/validationLimits';
