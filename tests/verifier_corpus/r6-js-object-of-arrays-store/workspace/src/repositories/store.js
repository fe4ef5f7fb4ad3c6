const store = { users: [], articles: [] };

function addUser(user) {
  store.users.push(user);
}

module.exports = { store, addUser };
