import { distinctTags } from '../repositories/tagRepository.js';

export const listTags = () => distinctTags();
