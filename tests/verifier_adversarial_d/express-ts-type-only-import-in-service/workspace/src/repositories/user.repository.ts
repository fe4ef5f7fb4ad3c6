import type { User } from '../models/User';

const users = new Map<number, User>();

export const userRepository = {
  async findById(id: number): Promise<User | null> {
    return users.get(id) ?? null;
  },
};
