// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/infrastructure/http/model/Bindings.ts
export interface Bindings {
  DATABASE_URL: string;
}
