// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/users/validation/body.ts
import { z } from 'zod';

import { MAX_EMAIL_LENGTH, MAX_URL_LENGTH } from '../../../utils/validationLimits';
