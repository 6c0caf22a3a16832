/** MLflow's error codes that this server produces, with the HTTP status MLflow pairs them with. */
export const ERROR_STATUS = {
  INVALID_PARAMETER_VALUE: 400,
  BAD_REQUEST: 400,
  RESOURCE_ALREADY_EXISTS: 400,
  RESOURCE_DOES_NOT_EXIST: 404,
  PERMISSION_DENIED: 403,
  UNAUTHENTICATED: 401,
  ENDPOINT_NOT_FOUND: 404,
  INTERNAL_ERROR: 500,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

/**
 * A client-visible failure in MLflow's `{error_code, message}` form. Throw it anywhere in a
 * handler; `app.ts` turns it into the response. Messages must never contain file-system paths.
 */
export class MlflowError extends Error {
  readonly errorCode: ErrorCode
  readonly status: number

  constructor(errorCode: ErrorCode, message: string, status?: number) {
    super(message)
    this.errorCode = errorCode
    this.status = status ?? ERROR_STATUS[errorCode]
  }

  toJSON(): { error_code: ErrorCode; message: string } {
    return { error_code: this.errorCode, message: this.message }
  }
}

export const invalidParam = (message: string) => new MlflowError('INVALID_PARAMETER_VALUE', message)
export const notFound = (message: string) => new MlflowError('RESOURCE_DOES_NOT_EXIST', message)
export const alreadyExists = (message: string) => new MlflowError('RESOURCE_ALREADY_EXISTS', message)
