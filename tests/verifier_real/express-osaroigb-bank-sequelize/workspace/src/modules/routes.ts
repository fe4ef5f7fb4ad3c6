// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/modules/routes.ts
import { Router } from 'express';

import { routes as bankRoutes } from './accountManagement';

export const initiateModuleRoutes = (router: Router): void => {
  router.use('/v1/bank', bankRoutes);
};
