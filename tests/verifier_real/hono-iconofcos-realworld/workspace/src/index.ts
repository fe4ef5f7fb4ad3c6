// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/index.ts
import { serve } from "@hono/node-server";

import { Hono } from "hono";

import { authRoutes } from "./features/auth/routes.js";

import { config } from "./shared/config/env.js";

import { type AuthVariables, getCurrentUser, injectUser, optionalAuth, requireAuth } from "./shared/middleware/auth.js";

import { corsMiddleware } from "./shared/middleware/cors.js";

import { errorHandler, globalErrorHandler } from "./shared/middleware/error.js";

import { logger } from "./shared/utils/logger.js";

import { jsonResponse } from "./shared/utils/response.js";

app.onError(errorHandler);

app.use("*", corsMiddleware());

app.use("*", globalErrorHandler());

app.get("/", (c) => {
	return jsonResponse(c, {
		message: "RealWorld API",
		version: "1.0.0",
		timestamp: new Date().toISOString(),
	});
});

app.get("/health", (c) => {
	return jsonResponse(c, { status: "ok" });
});

app.get("/api/profile", optionalAuth(), injectUser(), (c) => {
	const user = getCurrentUser(c);
	return jsonResponse(c, {
		authenticated: !!user,
		user: user || null,
	});
});

app.route("/api", api);

serve(
	{
		fetch: app.fetch,
		port: config.app.port,
	},
	(info) => {
		logger.info(`🚀 Server is running on http://localhost:${info.port}`);
		logger.info(`📚 API Documentation: http://localhost:${info.port}/api`);
		logger.info(`💚 Health Check: http://localhost:${info.port}/health`);
	}
);
