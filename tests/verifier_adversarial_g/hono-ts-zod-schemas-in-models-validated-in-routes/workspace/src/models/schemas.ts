import { z } from 'zod';

/** Request payloads of Conduit, shared by the routes (validation) and the services (types). */
export const registerBody = z.object({
  user: z.object({
    username: z.string().trim().min(1, "can't be blank"),
    email: z.string().trim().email('is invalid'),
    password: z.string().min(1, "can't be blank"),
  }),
});

export const loginBody = z.object({
  user: z.object({
    email: z.string().trim().min(1, "can't be blank"),
    password: z.string().min(1, "can't be blank"),
  }),
});

export const articleBody = z.object({
  article: z.object({
    title: z.string().trim().min(1, "can't be blank"),
    description: z.string().trim().min(1, "can't be blank"),
    body: z.string().trim().min(1, "can't be blank"),
    tagList: z.array(z.string()).optional(),
  }),
});

export type RegisterInput = z.infer<typeof registerBody>['user'];
export type LoginInput = z.infer<typeof loginBody>['user'];
export type ArticleInput = z.infer<typeof articleBody>['article'];
