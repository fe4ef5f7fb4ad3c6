// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/modules/accountManagement/accountManagement.route.ts
import { Router } from 'express';

import { paginate } from '../../middlewares/paginate';

import * as accountManagementController from './accountManagement.controller';

const router = Router();

router.post('/', accountManagementController.createBankAccount);

router.get('/', paginate, accountManagementController.getAllBankAccountDetails);

router.get('/:accountNumber', accountManagementController.getBankAccountDetails);

router.delete('/:accountNumber', accountManagementController.deleteBankAccountDetails);

export default router;
