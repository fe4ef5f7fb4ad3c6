// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/shared/types/errors.ts
export interface ValidationErrorResponse {
	errors: Record<string, string[]>;
}

export type AuthErrorResponse = Record<string, never>;

export interface InternalErrorResponse {
	error: {
		message: string;
		code?: string;
	};
}

export type ErrorResponse = ValidationErrorResponse | AuthErrorResponse | InternalErrorResponse;
