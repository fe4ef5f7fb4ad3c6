// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/domain/adapter/InsertOneAdapter.ts
export interface InsertOneAdapter<TCommand, TModel, TContext = void> {
  insertOne(command: TCommand, context: TContext): Promise<TModel>;
}
