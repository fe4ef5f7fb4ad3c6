'use strict';
// Follow graph persisted as JSON next to the app (small, rarely written).
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', '..', 'data', 'follows.json');

function load() {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return {}; }
}

function save(graph) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(graph));
}

module.exports = {
  follows(followerId, followedId) { return (load()[followerId] || []).includes(followedId); },
  follow(followerId, followedId) {
    const graph = load();
    graph[followerId] = [...new Set([...(graph[followerId] || []), followedId])];
    save(graph);
  },
  unfollow(followerId, followedId) {
    const graph = load();
    graph[followerId] = (graph[followerId] || []).filter((id) => id !== followedId);
    save(graph);
  },
};
