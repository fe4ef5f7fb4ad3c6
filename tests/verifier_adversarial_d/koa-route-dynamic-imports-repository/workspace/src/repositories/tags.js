import { normaliseTag } from '../models/tag.js';
const tags = new Set();
export const addTags = async (list) => list.map(normaliseTag).forEach((t) => tags.add(t));
export const allTags = async () => [...tags];
