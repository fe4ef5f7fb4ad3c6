import { addTags } from '../repositories/tags.js';
export async function createArticle(input) {
  await addTags(input.tagList ?? []);
  return { ...input, slug: input.title.toLowerCase().replace(/\W+/g, '-') };
}
