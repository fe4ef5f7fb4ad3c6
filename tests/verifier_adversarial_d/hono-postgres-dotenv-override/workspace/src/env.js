import dotenv from 'dotenv';

dotenv.config({ override: true });

export const env = { databaseUrl: process.env.DATABASE_URL, port: Number(process.env.PORT ?? 8080), jwtSecret: process.env.JWT_SECRET };
