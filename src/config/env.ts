import * as z from 'zod/mini'

// Runlens talks to MLflow on its own origin (the Node server or Vite proxies), so the build
// needs almost no configuration; what there is gets validated once here. zod/mini carries no
// message texts, so each check names its own.
const schema = z.object({
  MODE: z.string('MODE must be a string'),
  DEV: z.boolean('DEV must be a boolean'),
  /** Product name shown in the header and the document title. */
  VITE_RUNLENS_TITLE: z._default(z.string().check(z.minLength(1, 'VITE_RUNLENS_TITLE must not be empty')), 'Runlens'),
})

const parsed = schema.safeParse(import.meta.env)
if (!parsed.success) throw new Error(`Invalid build environment: ${z.prettifyError(parsed.error)}`)

export const env = {
  mode: parsed.data.MODE,
  isDev: parsed.data.DEV,
  appTitle: parsed.data.VITE_RUNLENS_TITLE,
}
