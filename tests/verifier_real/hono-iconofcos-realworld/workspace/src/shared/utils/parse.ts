// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/shared/utils/parse.ts
import type { ZodError, ZodSchema } from "zod";

export type ParseResult<T> = { success: true; data: T } | { success: false; error: ZodError };

export type ParseError<T> = Extract<ParseResult<T>, { success: false }>;

export function isParseError<T>(result: ParseResult<T>): result is ParseError<T> {
	return !result.success;
}

export function flattenZodError(error: ZodError): Record<string, string[]> {
	const fieldErrors: Record<string, string[]> = {};

	for (const issue of error.issues) {
		const path = issue.path.join(".");
		if (!fieldErrors[path]) {
			fieldErrors[path] = [];
		}
		fieldErrors[path].push(issue.message);
	}

	return fieldErrors;
}

export function formatZodError(error: ZodError): string {
	return error.issues
		.map((issue) => {
			const path = issue.path.join(".");
			return path ? `${path}: ${issue.message}` : issue.message;
		})
		.join(", ");
}

export function unwrapParseResult<T>(result: ParseResult<T>): T {
	if (isParseSuccess(result)) {
		return result.data;
	}

	throw new Error(formatZodError(result.error));
}
