// Browser-side API client for the Conduit backend.
const BASE = import.meta.env.VITE_API_URL || '/api';

async function request(path, { method = 'GET', body, token } = {}) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Token ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await res.json();
  if (!res.ok) throw Object.assign(new Error('request failed'), { errors: data.errors });
  return data;
}

export const login = (email, password) => request('/users/login', { method: 'POST', body: { user: { email, password } } });
export const articles = (query = '') => request(`/articles${query}`);
export const tags = () => request('/tags');
