import { z } from 'zod'

// Runlens talks to MLflow on its own origin (the Node server or Vite proxies), so the build
// needs almost no configuration; what there is gets validated once here.
const schema = z.object({
  MODE: z.string(),
  DEV: z.boolean(),
  /** Product name shown in the header and the document title. */
  VITE_RUNLENS_TITLE: z.string().min(1).default('Runlens'),
})

const parsed = schema.safeParse(import.meta.env)
if (!parsed.success) throw new Error(`Invalid build environment: ${z.prettifyError(parsed.error)}`)

export const env = {
  mode: parsed.data.MODE,
  isDev: parsed.data.DEV,
  appTitle: parsed.data.VITE_RUNLENS_TITLE,
}
