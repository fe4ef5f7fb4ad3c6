import postgres from 'postgres';

export const sql = postgres({ max: 10, idle_timeout: 20 });
