// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/tags/validation/param.ts
import { z } from 'zod';

import { SERIAL_INT_MAX } from '../../../utils/validationLimits';
