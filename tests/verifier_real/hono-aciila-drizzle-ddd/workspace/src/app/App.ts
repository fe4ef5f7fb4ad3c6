// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/app/App.ts
import { swaggerUI } from "@hono/swagger-ui";

import { OpenAPIHono } from "@hono/zod-openapi";

import { cors } from "hono/cors";

import { injectable } from "inversify";

import { AppError } from "./errors/AppError";

import type { IPresentationRegistry } from "../presentation/PresentationRegistry";

@injectable()
export class App implements IApp {
  private readonly app: OpenAPIHono;

  constructor() {
    this.app = new OpenAPIHono();

    this.configureMiddleware();
    this.configureErrorHandling();
    this.configureSwagger();
  }

  private configureMiddleware(): void {
    this.app.use(cors());
  }

  public registerPresentationLayer(registry: IPresentationRegistry): void {
    registry.registerHttpRoutes(this.app);
  }

  private configureErrorHandling(): void {
    this.app.notFound((c) =>
      c.json({ success: false, message: "No Such Route" }, 404)
    );

    this.app.onError((err, c) => {
      if (err instanceof AppError) {
        return c.json(
          {
            success: false,
            message: err.message,
            errorType: err.errorType,
          },
          err.statusCode as any
        );
      }

      console.error(err);
      return c.json({ success: false, message: err.message }, 500);
    });
  }

  private configureSwagger(): void {
    this.app.doc("/docs.json", {
      openapi: "3.0.0",
      info: {
        version: "1.0.0",
        title: "API Boilerplate Documentation",
      },
    });

    this.app.get(
      "/docs",
      swaggerUI({
        url: "/docs.json",
        persistAuthorization: true,
      })
    );
  }

  public getApp(): OpenAPIHono {
    return this.app;
  }
}
