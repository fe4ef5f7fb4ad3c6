const BASE = import.meta.env.VITE_API_URL ?? '/api';

export async function api(path, { token, ...init } = {}) {
  const res = await fetch(`${BASE}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Token ${token}` } : {}) },
  });
  if (!res.ok) throw new Error((await res.json()).errors?.body?.[0] ?? res.statusText);
  return res.json();
}
