const tags = new Map();

function add(name) {
  tags.set(name, { name });
}

module.exports = { add, all: () => [...tags.values()] };
