// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/routes/confirmEmailTokens.routes.js
import { confirmEmailTokens as confirmEmailTokensController } from '../controllers';

import { Router } from 'express';

const router = Router();

router.post('/', confirmEmailTokensController.createOne);

router.get('/', confirmEmailTokensController.readAll);

router.get('/:id', confirmEmailTokensController.readOne);

router.put('/:id', confirmEmailTokensController.updateOne);

router.delete('/', confirmEmailTokensController.destroyExpired);

router.delete('/:id', confirmEmailTokensController.destroyOne);

export default router;
