const users = new Map();
const follows = new Set();
module.exports = {
  byUsername: async (u) => users.get(u) || null,
  follow: async (a, b) => follows.add(`${a}>${b}`),
  follows: async (a, b) => follows.has(`${a}>${b}`),
};
