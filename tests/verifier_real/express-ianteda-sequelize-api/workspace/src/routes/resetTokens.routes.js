// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/routes/resetTokens.routes.js
import { resetTokens as resetTokensController } from '../controllers';

import { Router } from 'express';

const router = Router();

router.post('/', resetTokensController.createOne);

router.get('/', resetTokensController.readAll);

router.get('/:id', resetTokensController.readOne);

router.put('/:id', resetTokensController.updateOne);

router.delete('/', resetTokensController.destroyExpired);

router.delete('/:id', resetTokensController.destroyOne);

export default router;
