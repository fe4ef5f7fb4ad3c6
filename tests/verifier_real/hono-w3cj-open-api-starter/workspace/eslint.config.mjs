// excerpt of w3cj/hono-open-api-starter@803d5edfb21f:eslint.config.mjs
import antfu from "@antfu/eslint-config";
