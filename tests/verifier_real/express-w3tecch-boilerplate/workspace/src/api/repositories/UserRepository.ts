// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/api/repositories/UserRepository.ts
import { EntityRepository, Repository } from 'typeorm';

import { User } from '../models/User';

@EntityRepository(User)
export class UserRepository extends Repository<User>  {

}
