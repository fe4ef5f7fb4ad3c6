import { JSONFilePreset } from 'lowdb/node';

// Keep our data beside the path the platform reserved for us.
const file = `${process.env.SQLITE_PATH ?? './conduit'}.json`;

export const db = await JSONFilePreset(file, { users: [], articles: [], comments: [], follows: [] });
