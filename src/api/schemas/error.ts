import { z } from 'zod'
import type { MlflowErrorBody } from '../types.ts'

/** MLflow's JSON error body, `{error_code, message}` (+ `sqlstate`, `error_class` on 3.x). */
export const mlflowErrorSchema = z
  .object({
    error_code: z.string(),
    message: z.string().optional(),
    sqlstate: z.string().optional(),
    error_class: z.string().optional(),
  })
  .transform(
    (e): MlflowErrorBody => ({ errorCode: e.error_code, message: e.message ?? '', sqlstate: e.sqlstate, errorClass: e.error_class }),
  )
