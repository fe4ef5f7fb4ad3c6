export async function fetchTags() {
  const res = await fetch('/api/tags');
  return (await res.json()).tags;
}
