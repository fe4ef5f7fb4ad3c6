// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/holdings/validation/body.ts
import { z } from 'zod';

import {
  MAX_HOLDING_NAME_LENGTH,
  MAX_HOLDING_NOTES_LENGTH,
  MAX_HOLDING_NUMERIC_AMOUNT,
  MAX_HOLDING_PLATFORM_LENGTH,
  MAX_HOLDING_SYMBOL_LENGTH,
  MAX_ISO_DATETIME_STRING_LENGTH,
  SMALLINT_POSITIVE_MAX,
} from '../../../utils/validationLimits';
