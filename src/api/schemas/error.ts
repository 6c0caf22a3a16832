import * as z from 'zod/mini'
import type { MlflowErrorBody } from '../types.ts'
import { mapped } from './common.ts'

/** MLflow's JSON error body, `{error_code, message}` (+ `sqlstate`, `error_class` on 3.x). */
export const mlflowErrorSchema = mapped(
  z.object({
    error_code: z.string(),
    message: z.optional(z.string()),
    sqlstate: z.optional(z.string()),
    error_class: z.optional(z.string()),
  }),
  (e): MlflowErrorBody => ({ errorCode: e.error_code, message: e.message ?? '', sqlstate: e.sqlstate, errorClass: e.error_class }),
)
