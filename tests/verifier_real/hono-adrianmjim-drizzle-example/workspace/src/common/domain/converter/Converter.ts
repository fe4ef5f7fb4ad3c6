// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/domain/converter/Converter.ts
