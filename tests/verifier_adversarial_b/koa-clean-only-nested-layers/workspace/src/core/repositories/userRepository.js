import { makeUser } from '../models/user.js';

export class InMemoryUserRepository {
  #rows = new Map();
  save(data) {
    const user = makeUser({ id: this.#rows.size + 1, ...data });
    this.#rows.set(user.username, user);
    return user;
  }
  byUsername(username) {
    return this.#rows.get(username) ?? null;
  }
}
