import path from 'node:path';

export interface Config {
  port: number;
  sqlitePath: string;
  jwtSecret: string;
}

export const config: Config = {
  port: Number(process.env.PORT ?? 3000),
  sqlitePath: path.join(process.cwd(), process.env.SQLITE_PATH ?? 'conduit.sqlite'),
  jwtSecret: process.env.JWT_SECRET ?? 'conduit-dev-secret',
};
