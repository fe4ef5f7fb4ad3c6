// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/posts/validation/query.ts
import { z } from 'zod';

import { safeLimit, safeOffset } from '../../../utils/request';

import {
  MAX_ORDER_BY_LENGTH,
  MAX_QUERY_SEARCH_LENGTH,
} from '../../../utils/validationLimits';
