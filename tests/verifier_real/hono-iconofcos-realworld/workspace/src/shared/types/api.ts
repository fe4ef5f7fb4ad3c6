// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/shared/types/api.ts
export interface ApiError {
	message: string;
	code?: string;
	details?: unknown;
}
