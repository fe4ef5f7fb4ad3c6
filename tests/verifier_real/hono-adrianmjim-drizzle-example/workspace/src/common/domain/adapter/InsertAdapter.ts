// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/domain/adapter/InsertAdapter.ts
export interface InsertAdapter<TCommand, TModel, TContext = void> {
  insert(command: TCommand, context: TContext): Promise<TModel[]>;
}
