import fs from 'node:fs';
import path from 'node:path';

const FILE = path.resolve('data/tags.json');

function load() {
  try { return new Set(JSON.parse(fs.readFileSync(FILE, 'utf8'))); } catch { return new Set(); }
}

const tags = load();

export function addTags(list = []) {
  let changed = false;
  for (const t of list) if (!tags.has(t)) { tags.add(t); changed = true; }
  if (changed) fs.writeFileSync(FILE, JSON.stringify([...tags].sort(), null, 2));
}

export function allTags() {
  return [...tags];
}
