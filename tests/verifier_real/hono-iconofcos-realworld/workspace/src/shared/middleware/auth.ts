// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/shared/middleware/auth.ts
import type { Context, MiddlewareHandler, Next } from "hono";

import { jwt } from "hono/jwt";

import type { JwtVariables } from "hono/jwt";

import { config } from "../config/env.js";

const processAuthToken = async (
	c: Context<{ Variables: AuthVariables }>,
	next: Next,
	authHeader: string,
	isRequired: boolean
) => {
	const token = authHeader.substring(6);

	try {
		// より安全なアプローチ: 新しいRequestオブジェクトを作成
		const newHeaders = new Headers(c.req.raw.headers);
		newHeaders.set("Authorization", `Bearer ${token}`);
		const newRequest = new Request(c.req.raw, { headers: newHeaders });

		// 新しいRequestでコンテキストを更新（readonlyプロパティ対応）
		Object.defineProperty(c, "req", {
			value: { ...c.req, raw: newRequest },
			writable: false,
			configurable: true,
		});

		const jwtMiddleware = jwt({ secret: JWT_SECRET });
		await jwtMiddleware(c, next);
	} catch (error) {
		if (isRequired) {
			return c.json({ errors: { body: ["Invalid token"] } }, 401);
		}
		// 任意認証なので開発環境でのみ警告を出力
		if (process.env.NODE_ENV === "development") {
			console.warn("Optional auth failed:", error);
		}
		return next();
	}
};
