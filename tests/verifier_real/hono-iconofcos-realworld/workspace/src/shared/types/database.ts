// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/shared/types/database.ts
export interface DatabaseError {
	code: string;
	message: string;
	detail?: string;
}
