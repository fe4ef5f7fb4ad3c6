// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/app/models/http-exception.model.ts
class HttpException extends Error {
  errorCode: number;
  constructor(
    errorCode: number,
    public readonly message: string | any,
  ) {
    super(message);
    this.errorCode = errorCode;
  }
}

export default HttpException;
