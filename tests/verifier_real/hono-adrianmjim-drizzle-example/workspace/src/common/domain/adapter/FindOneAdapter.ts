// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/domain/adapter/FindOneAdapter.ts
export interface FindOneAdapter<TQuery, TModel> {
  findOne(query: TQuery): Promise<TModel | undefined>;
}
