// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/utils/string.ts
