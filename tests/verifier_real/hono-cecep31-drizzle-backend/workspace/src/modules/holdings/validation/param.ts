// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/holdings/validation/param.ts
import { z } from 'zod';

import { BIGINT_ID_STRING_CHARS_MAX } from '../../../utils/validationLimits';
