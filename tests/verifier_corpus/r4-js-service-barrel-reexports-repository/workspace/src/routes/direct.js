import { findBySlug } from '../services/index.js';
export const direct = (slug) => findBySlug(slug);
