const hits = new Map();

function allow(client) {
  const now = Date.now();
  hits.set(client, now);
  return true;
}

module.exports = { allow };
