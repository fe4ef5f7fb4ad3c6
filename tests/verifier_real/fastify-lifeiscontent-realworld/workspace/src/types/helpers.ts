// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:src/types/helpers.ts
export type Optionalize<
  T extends Record<string, unknown>,
  K extends keyof T,
> = {
  [P in K]?: T[P];
} & Omit<T, K>;
