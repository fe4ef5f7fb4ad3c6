// excerpt of https://github.com/sn0wm1ku/hono-clean-jwt-example@566c95f520ef:src/types/result.ts
export type Result<T, E = Error> = Success<T> | Failure<E>
