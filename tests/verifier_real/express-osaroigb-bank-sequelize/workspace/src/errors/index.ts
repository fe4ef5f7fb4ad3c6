// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/errors/index.ts
export { BadRequestError } from './BadRequestError';

export { InternalServerError } from './InternalServerError';

export { ResourceNotFoundError } from './ResourceNotFoundError';
