// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/database/repositories/BankAccount.ts
import { BaseRepository } from './BaseRepository';

import { BankAccount } from '../models/BankAccount';

export class BankAccountRepo extends BaseRepository<BankAccount> {
  bankAccount: BankAccount;

  constructor() {
    super(BankAccount);
  }
}
