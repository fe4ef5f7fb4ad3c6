// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/routes/api/users.ts
import { usersRegister, usersLogin } from '../../controller/users';

import { Router } from 'express';

const router = Router();

router.post('/', usersRegister);

router.post('/login', usersLogin);

export default router;
