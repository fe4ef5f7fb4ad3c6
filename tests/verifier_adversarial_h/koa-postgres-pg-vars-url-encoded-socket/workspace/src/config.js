const enc = encodeURIComponent;

function pgUrlFromEnv(env = process.env) {
  const missing = ['PGHOST', 'PGPORT', 'PGUSER', 'PGDATABASE'].filter((k) => !env[k]);
  if (missing.length) throw new Error(`missing ${missing.join(', ')}`);
  const auth = env.PGPASSWORD ? `${enc(env.PGUSER)}:${enc(env.PGPASSWORD)}` : enc(env.PGUSER);
  return `postgres://${auth}@${enc(env.PGHOST)}:${env.PGPORT}/${enc(env.PGDATABASE)}`;
}

export const config = {
  port: Number(process.env.PORT ?? 3000),
  databaseUrl: pgUrlFromEnv(),
};
