// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/cat/infrastructure/http/model/CreateCatHttpRequest.ts
import { z } from 'zod';
