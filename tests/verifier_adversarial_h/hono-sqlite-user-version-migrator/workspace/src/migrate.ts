import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sqlite } from './db.js';

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export function migrate(): number {
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  const files = readdirSync(MIGRATIONS).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  let applied = 0;
  for (const file of files) {
    const version = Number(file.slice(0, 4));
    if (version <= current) continue;
    const apply = sqlite.transaction(() => {
      sqlite.exec(readFileSync(path.join(MIGRATIONS, file), 'utf8'));
      sqlite.pragma(`user_version = ${version}`);
    });
    apply();
    applied += 1;
  }
  return applied;
}
