import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'

/** Removes the temporary data dir the e2e server used (only ever one under the OS temp dir). */
export default function globalTeardown() {
  const dir = process.env.RUNLENS_E2E_DATA_DIR
  if (dir && dir.startsWith(tmpdir()) && dir.includes('runlens-e2e-')) rmSync(dir, { recursive: true, force: true })
}
