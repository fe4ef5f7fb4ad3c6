// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/reports/validation/query.ts
import { z } from 'zod';

import {
  MAX_ISO_DATETIME_STRING_LENGTH,
  SERIAL_INT_MAX,
} from '../../../utils/validationLimits';
