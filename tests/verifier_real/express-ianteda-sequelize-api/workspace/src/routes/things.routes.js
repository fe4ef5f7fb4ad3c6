// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/routes/things.routes.js
import { things as thingsController } from '../controllers';

import { Router } from 'express';

const router = Router();

router.post('/', thingsController.createOne);

router.get('/', thingsController.readAll);

router.get('/:id/', thingsController.readOne);

router.put('/:id/', thingsController.updateOne);

router.delete('/:id/', thingsController.destroyOne);

export default router;
