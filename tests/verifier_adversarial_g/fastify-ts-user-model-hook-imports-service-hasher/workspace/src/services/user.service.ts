import { ValidationError, UnauthorizedError, NotFoundError } from './errors.js';
import type { UserRepository } from '../repositories/user.repository.js';
import type { PasswordHasher, TokenService } from './security.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function required(input: any, fields: string[]) {
  const errors: Record<string, string[]> = {};
  for (const field of fields) {
    if (typeof input?.[field] !== 'string' || input[field].trim() === '') errors[field] = ["can't be blank"];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

export class UserService {
  private readonly users: UserRepository;
  private readonly hasher: PasswordHasher;
  private readonly tokens: TokenService;

  constructor({ userRepository, hasher, tokens }: { userRepository: UserRepository; hasher: PasswordHasher; tokens: TokenService }) {
    this.users = userRepository;
    this.hasher = hasher;
    this.tokens = tokens;
  }

  async register(input: any) {
    required(input, ['username', 'email', 'password']);
    if (!EMAIL.test(input.email)) throw new ValidationError({ email: ['is invalid'] });
    if (await this.users.findByEmail(input.email)) throw new ValidationError({ email: ['has already been taken'] });
    if (await this.users.findByUsername(input.username)) {
      throw new ValidationError({ username: ['has already been taken'] });
    }
    const user = await this.users.create({
      username: input.username,
      email: input.email,
      passwordHash: input.password,
    });
    return this.present(user);
  }

  async login(input: any) {
    required(input, ['email', 'password']);
    const user = await this.users.findByEmail(input.email);
    if (!user || !(await this.hasher.verify(input.password, user.passwordHash))) {
      throw new UnauthorizedError('email or password is invalid');
    }
    return this.present(user);
  }

  async current(userId: number) {
    const user = await this.users.findById(userId);
    if (!user) throw new NotFoundError('user');
    return this.present(user);
  }

  async update(userId: number, input: any) {
    const changes: any = {};
    for (const field of ['email', 'username', 'bio', 'image']) {
      if (input && field in input) changes[field] = input[field];
    }
    for (const field of ['email', 'username']) {
      if (field in changes && (await this.users.existsOther(field, changes[field], userId))) {
        throw new ValidationError({ [field]: ['has already been taken'] });
      }
    }
    if (input?.password) changes.passwordHash = input.password;
    const user = await this.users.update(userId, changes);
    return this.present(user);
  }

  /** The user id behind an Authorization token. */
  authenticate(token: string) {
    return this.tokens.verify(token);
  }

  present(user: any) {
    return {
      email: user.email,
      token: this.tokens.issue(user),
      username: user.username,
      bio: user.bio ?? null,
      image: user.image ?? null,
    };
  }
}
