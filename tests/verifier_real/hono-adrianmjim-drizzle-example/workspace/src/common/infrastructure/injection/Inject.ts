// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/infrastructure/injection/Inject.ts
import { inject } from 'inversify';
