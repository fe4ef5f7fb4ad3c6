// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/chat/validation/param.ts
import { z } from 'zod';
