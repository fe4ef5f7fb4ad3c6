import { Type, type Static } from '@sinclair/typebox';

export const RegisterBody = Type.Object({
  user: Type.Object({
    username: Type.String({ minLength: 1 }),
    email: Type.String({ minLength: 1 }),
    password: Type.String({ minLength: 1 }),
  }),
});

export const LoginBody = Type.Object({
  user: Type.Object({ email: Type.String({ minLength: 1 }), password: Type.String({ minLength: 1 }) }),
});

export const ArticleBody = Type.Object({
  article: Type.Object({
    title: Type.String({ minLength: 1 }),
    description: Type.String({ minLength: 1 }),
    body: Type.String({ minLength: 1 }),
    tagList: Type.Optional(Type.Array(Type.String())),
  }),
});

export const CommentBody = Type.Object({ comment: Type.Object({ body: Type.String({ minLength: 1 }) }) });

export type RegisterInput = Static<typeof RegisterBody>;
