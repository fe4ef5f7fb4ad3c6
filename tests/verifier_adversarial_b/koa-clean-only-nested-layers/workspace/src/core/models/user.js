export function makeUser({ id, username, email, bio = null, image = null }) {
  return Object.freeze({ id, username, email, bio, image });
}
