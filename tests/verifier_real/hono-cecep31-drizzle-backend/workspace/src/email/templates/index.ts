// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/email/templates/index.ts
export { passwordResetTemplate } from './passwordReset';

export type { PasswordResetData } from './passwordReset';
