import { JSONFilePreset } from 'lowdb/node';

// users kept in a readable JSON document for easy inspection
export const usersDb = await JSONFilePreset('data/users.json', { users: [] });

export async function addUser(user) {
  usersDb.data.users.push(user);
  await usersDb.write();
  return user;
}

export function findByEmail(email) {
  return usersDb.data.users.find((u) => u.email === email);
}
