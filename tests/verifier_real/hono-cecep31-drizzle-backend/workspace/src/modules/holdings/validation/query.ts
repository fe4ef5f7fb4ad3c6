// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/holdings/validation/query.ts
import { z } from 'zod';

import {
  MAX_PRICE_SYMBOL_QUERY_CHARS,
  MAX_TRENDS_YEAR_VALUES_IN_QUERY,
  MAX_TRENDS_YEARS_PARAM_CHARS,
} from '../../../utils/validationLimits';
