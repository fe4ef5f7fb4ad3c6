// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/main.ts
import "reflect-metadata";

import { App } from "./app/App";

import { PresentationRegistry } from "./presentation/PresentationRegistry";
