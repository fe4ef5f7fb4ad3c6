const env = process.env;

export interface Config {
  port: number;
  host: string;
  jwtSecret: string;
}

export const config: Config = {
  port: Number.parseInt(env.PORT || '8080', 10),
  host: env.HOST || '0.0.0.0',
  jwtSecret: env.JWT_SECRET || 'conduit-dev-secret',
};
