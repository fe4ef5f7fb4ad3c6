// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/chat/validation/index.ts
export * from './param';

export * from './body';

export * from './query';
