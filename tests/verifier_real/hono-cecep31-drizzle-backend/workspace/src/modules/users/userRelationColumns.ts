// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/users/userRelationColumns.ts
import { users } from '../../database/schemas/postgres/schema';
