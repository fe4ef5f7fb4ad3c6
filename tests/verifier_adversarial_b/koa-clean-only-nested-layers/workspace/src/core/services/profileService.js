import { NotFound } from './errors.js';

export class ProfileService {
  constructor(users) { this.users = users; }
  get(username) {
    const user = this.users.byUsername(username);
    if (!user) throw new NotFound(username);
    return { username: user.username, bio: user.bio, image: user.image, following: false };
  }
}
