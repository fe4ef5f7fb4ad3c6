import { usersRepository } from '../repositories/users';
import type { User } from '../models/user';

export const updateUser = (id: number, patch: Partial<User>) => usersRepository.update(id, patch);
