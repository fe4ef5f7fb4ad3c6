import type { User } from '../models/user';

const table = new Map<number, User>();
export const usersRepository = {
  findById: async (id: number) => table.get(id) ?? null,
  update: async (id: number, patch: Partial<User>) => {
    const next = { ...table.get(id)!, ...patch };
    table.set(id, next);
    return next;
  },
};
