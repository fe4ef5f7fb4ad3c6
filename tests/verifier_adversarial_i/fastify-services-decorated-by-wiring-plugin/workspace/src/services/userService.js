import { userRepository } from '../repositories/userRepository.js';
import { signToken, verifyToken, hashPassword, checkPassword } from './auth.js';
import { ValidationError, UnauthorizedError, NotFoundError } from './errors.js';

export function userJson(user, token) {
  return { email: user.email, username: user.username, bio: user.bio || '', image: user.image || null, token: token || signToken(user) };
}

export async function profileJson(user, viewer) {
  return { username: user.username, bio: user.bio || '', image: user.image || null, following: await userRepository.isFollowing(viewer, user) };
}

export const userService = {
  async register(input = {}) {
    for (const field of ['username', 'email', 'password']) {
      if (typeof input[field] !== 'string' || !input[field].trim()) throw new ValidationError(field);
    }
    if (await userRepository.findByEmail(input.email)) throw new ValidationError('email', 'has already been taken');
    if (await userRepository.findByUsername(input.username)) throw new ValidationError('username', 'has already been taken');
    const user = await userRepository.create({ email: input.email, username: input.username, passwordHash: await hashPassword(input.password) });
    return userJson(user);
  },
  async login(input = {}) {
    if (!input.email || !input.password) throw new ValidationError('email or password');
    const user = await userRepository.findByEmail(input.email);
    if (!user || !(await checkPassword(input.password, user.passwordHash))) throw new UnauthorizedError('email or password is invalid');
    return userJson(user);
  },
  async fromToken(token) {
    if (!token) return null;
    const payload = verifyToken(token);
    const user = payload && (await userRepository.findById(payload.id));
    if (!user) throw new UnauthorizedError();
    return user;
  },
  current(user, token) {
    return userJson(user, token);
  },
  async update(user, token, input = {}) {
    const changes = {};
    for (const field of ['email', 'username', 'bio', 'image']) if (field in input) changes[field] = input[field];
    if (input.password) changes.passwordHash = await hashPassword(input.password);
    return userJson(await userRepository.update(user, changes), token);
  },
  async profile(username, viewer) {
    const user = await userRepository.findByUsername(username);
    if (!user) throw new NotFoundError('profile');
    return profileJson(user, viewer);
  },
  async setFollowing(viewer, username, follow) {
    const target = await userRepository.findByUsername(username);
    if (!target) throw new NotFoundError('profile');
    if (follow) await userRepository.follow(viewer, target);
    else await userRepository.unfollow(viewer, target);
    return { username: target.username, bio: target.bio || '', image: target.image || null, following: follow };
  },
};
