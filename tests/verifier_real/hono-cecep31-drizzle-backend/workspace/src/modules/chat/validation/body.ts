// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/chat/validation/body.ts
import { z } from 'zod';

import {
  MAX_CHAT_CONTENT_LENGTH,
  MAX_CHAT_ROLE_LENGTH,
  MAX_MODEL_ID_LENGTH,
} from '../../../utils/validationLimits';
