export async function request(path) {
  const res = await fetch(`/api${path}`);
  return res.json();
}
