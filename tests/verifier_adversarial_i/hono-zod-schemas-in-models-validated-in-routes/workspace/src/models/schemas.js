import { z } from 'zod';

export const RegisterBody = z.object({
  user: z.object({ username: z.string().min(1), email: z.string().min(1), password: z.string().min(1) }),
});

export const LoginBody = z.object({
  user: z.object({ email: z.string().min(1), password: z.string().min(1) }),
});

export const UpdateUserBody = z.object({
  user: z.object({
    email: z.string().min(1).optional(),
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    bio: z.string().nullable().optional(),
    image: z.string().nullable().optional(),
  }),
});
