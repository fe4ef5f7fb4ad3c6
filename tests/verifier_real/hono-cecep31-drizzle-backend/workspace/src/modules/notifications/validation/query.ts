// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/notifications/validation/query.ts
import { z } from 'zod';

import { safeLimit, safeOffset } from '../../../utils/request';
