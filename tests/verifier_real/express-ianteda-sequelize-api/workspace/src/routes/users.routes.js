// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/routes/users.routes.js
import { users as usersController } from '../controllers';

import { Router } from 'express';

const router = Router();

router.post('/', usersController.createOne);

router.get('/', usersController.readAll);

router.get('/:id', usersController.readOne);

router.put('/:id', usersController.updateOne);

router.delete('/:id', usersController.destroyOne);

export default router;
