// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/database/repositories/index.ts
import { BankAccountRepo } from './BankAccount';
