// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/utils/password.ts
import { z } from 'zod';
