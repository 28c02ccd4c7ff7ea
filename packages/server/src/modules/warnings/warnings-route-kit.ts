import { apiErrors } from '../../plugins/responses.ts';

/** The OpenAPI tag and error answers the warnings module's routes share. */
export const warningsTags = ['warnings'];

export const warningsErrors = apiErrors(400, 401, 403, 404, 409);
