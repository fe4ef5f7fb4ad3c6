import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = path.resolve(process.env.FOLLOWS_FILE ?? 'data/follows.json');

function load() {
  try {
    const raw = JSON.parse(readFileSync(FILE, 'utf8'));
    return new Map(Object.entries(raw).map(([k, v]) => [Number(k), new Set(v)]));
  } catch {
    return new Map();
  }
}

const graph = load();

function persist() {
  mkdirSync(path.dirname(FILE), { recursive: true });
  const plain = Object.fromEntries([...graph].map(([k, v]) => [k, [...v]]));
  writeFileSync(`${FILE}.tmp`, JSON.stringify(plain));
  renameSync(`${FILE}.tmp`, FILE);
}

export const followStore = {
  has: (followerId, followedId) => graph.get(followerId)?.has(followedId) ?? false,
  add(followerId, followedId) {
    if (!graph.has(followerId)) graph.set(followerId, new Set());
    graph.get(followerId).add(followedId);
    persist();
  },
  remove(followerId, followedId) {
    graph.get(followerId)?.delete(followedId);
    persist();
  },
  following: (followerId) => [...(graph.get(followerId) ?? [])],
};
