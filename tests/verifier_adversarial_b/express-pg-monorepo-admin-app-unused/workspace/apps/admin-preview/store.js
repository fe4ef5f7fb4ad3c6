// demo data for the admin dashboard mock-up
const users = [{ id: 1, username: 'jake', email: 'jake@example.com' }];

module.exports = {
  list: () => users,
  add: (u) => { users.push({ id: users.length + 1, ...u }); return users[users.length - 1]; },
};
