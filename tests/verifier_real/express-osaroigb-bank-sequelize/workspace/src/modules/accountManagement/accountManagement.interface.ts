// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/modules/accountManagement/accountManagement.interface.ts
