// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/modules/accountManagement/index.ts
import routes from './accountManagement.route';

import * as services from './accountManagement.service';
