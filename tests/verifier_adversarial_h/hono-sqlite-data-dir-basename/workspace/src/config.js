import { mkdirSync } from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve(process.env.DATA_DIR ?? './data');
mkdirSync(dataDir, { recursive: true });

export const config = {
  port: Number(process.env.PORT ?? 3000),
  dataDir,
  databaseFile: path.resolve(dataDir, path.basename(process.env.SQLITE_PATH ?? 'conduit.sqlite')),
};
