// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/lib/graphql/graphql-error-handling.ts
import { GraphQLObjectType, GraphQLSchema } from 'graphql';

import * as uuid from 'uuid';

import { env } from '../../env';

import { Logger } from '../../lib/logger';

export const IsUserError = Symbol();

export class UserError extends Error {
    constructor(...args: any[]) {
        super(args[0]);
        this.name = 'Error';
        this.message = args[0];
        this[IsUserError] = true;
        Error.captureStackTrace(this);
    }
}

export let defaultHandler = (err?) => {
    if (err[IsUserError]) {
        return err;
    }
    const errId = uuid.v4();
    err.message = `${err.message}: ${errId}`;
    if (!env.isTest) {
        console.error(err && err.stack || err);
    }
    if (env.isProduction) {
        logger.error(err);
    }
    err.message = `500: Internal Error: ${errId}`;
    return err;
};

export const handlingErrors = (thing, fn = defaultHandler) => {
    if (thing instanceof GraphQLSchema) {
        maskSchema(thing, fn);
    } else if (thing instanceof GraphQLObjectType) {
        maskType(thing, fn);
    } else {
        maskField(thing, fn);
    }
};

export const getErrorCode = (message: string): string => {
    if (hasErrorCode(message)) {
        return message.substring(0, 3);
    }
    return '500'; // unkown error code
};

export const getErrorMessage = (message: string): string => {
    if (hasErrorCode(message)) {
        return message.substring(5);
    }
    return message;
};

export const hasErrorCode = (error: any): boolean => {
    let message = error;
    if (error.message) {
        message = error.message;
    }
    const reg = new RegExp('^[0-9]{3}: ');
    return reg.test(message);
};
