// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/routes/roots.routes.js
import { Router } from 'express';

import { roots, authentications as authenticationsController } from '../controllers';

import { authenticate } from '../middleware'

let router = Router();

router.get('/', roots.home);

router.post('/login', authenticate, authenticationsController.login);

router.post('/forgot', authenticationsController.forgotPassword);

router.post('/reset', authenticationsController.resetPassword);

router.post('/register', authenticationsController.registerUser);

router.post('/confirm', authenticationsController.confirmEmail);

export default router;
