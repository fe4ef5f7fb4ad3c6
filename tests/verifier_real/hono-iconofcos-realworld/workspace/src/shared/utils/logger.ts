// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/shared/utils/logger.ts
export const logger = {
	info: (message: string, meta?: unknown) => {
		console.log(`[INFO] ${message}`, meta);
	},
	warn: (message: string, meta?: unknown) => {
		if (process.env.NODE_ENV === "development") {
			console.warn(`[WARN] ${message}`, meta);
		}
	},
	error: (message: string, error?: Error) => {
		console.error(`[ERROR] ${message}`, error);
	},
};
