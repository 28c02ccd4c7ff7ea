import { ApiErrorSchema } from '@bianping/core/api';

/** The OpenAPI tag and error answers the warnings module's routes share. */
export const warningsTags = ['warnings'];

export const warningsErrors = {
  400: ApiErrorSchema,
  401: ApiErrorSchema,
  403: ApiErrorSchema,
  404: ApiErrorSchema,
  409: ApiErrorSchema,
};
