// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/utils/http-status-phrases.ts
export const INTERNAL_SERVER_ERROR = "Internal Server Error";

export const SERVICE_UNAVAILABLE = "Service Unavailable";
