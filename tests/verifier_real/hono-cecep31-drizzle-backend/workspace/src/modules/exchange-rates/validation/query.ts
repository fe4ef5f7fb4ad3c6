// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/exchange-rates/validation/query.ts
import { z } from 'zod';
