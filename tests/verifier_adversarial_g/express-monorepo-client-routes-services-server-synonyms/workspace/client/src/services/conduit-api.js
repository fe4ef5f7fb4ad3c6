import axios from 'axios';

const api = axios.create({ baseURL: import.meta.env.VITE_API_URL ?? '/api' });

api.interceptors.request.use((config) => {
  const token = localStorage.getItem('jwt');
  if (token) config.headers.Authorization = `Token ${token}`;
  return config;
});

export const ArticlesService = {
  list: (params) => api.get('/articles', { params }).then((r) => r.data),
  feed: (params) => api.get('/articles/feed', { params }).then((r) => r.data),
  get: (slug) => api.get(`/articles/${slug}`).then((r) => r.data.article),
  comments: (slug) => api.get(`/articles/${slug}/comments`).then((r) => r.data.comments),
};

export const AuthService = {
  login: (email, password) => api.post('/users/login', { user: { email, password } }).then((r) => r.data.user),
  register: (user) => api.post('/users', { user }).then((r) => r.data.user),
};
