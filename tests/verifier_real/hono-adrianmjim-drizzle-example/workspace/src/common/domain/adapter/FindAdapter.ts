// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/domain/adapter/FindAdapter.ts
export interface FindAdapter<TQuery, TModel> {
  find(query: TQuery): Promise<TModel[]>;
}
