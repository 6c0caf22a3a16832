import { invalidParam } from '../errors.ts'

/**
 * Validation of client-supplied artifact paths. Every path that reaches the file system goes
 * through `safeRelativePath`, so no request can name a file outside the directory it is resolved
 * against. The message is always MLflow's bare "Invalid path": it never echoes a server path.
 */

const invalidPath = () => invalidParam('Invalid path')

/**
 * Decodes %XX escapes repeatedly (bounded) to reveal double-encoded tricks. Escapes are decoded
 * one byte at a time and malformed ones are left alone, so a literal `%` in a file name is fine.
 */
function fullyDecoded(path: string): string {
  let current = path
  for (let i = 0; i < 5; i++) {
    const next = current.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    if (next === current) break
    current = next
  }
  return current
}

function isUnsafe(path: string): boolean {
  if (path.includes('\0') || path.includes('\\') || path.includes('#')) return true
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path) || path.startsWith('~')) return true
  return path.split('/').some((segment) => segment === '..')
}

/**
 * Validates an artifact path relative to some root and returns it normalised: no leading or
 * trailing slash, no empty or `.` segments (`""` means the root itself). `undefined` → `""`.
 *
 * Rejected with 400 INVALID_PARAMETER_VALUE "Invalid path": `..` segments, absolute paths
 * (`/x`, `C:x`, `~`), backslashes, NUL, `#`, and percent-encoded tricks that are still present
 * after the normal (single) URL decoding: `%2e%2e`, `%2f`, `%5c`, `%00` and double-encoded forms. Symlinks are checked later, against the real file system
 * (`resolveInside` in artifacts.ts).
 */
export function safeRelativePath(raw: string | undefined): string {
  if (raw === undefined) return ''
  if (isUnsafe(raw) || /%(2f|5c|00)/i.test(raw)) throw invalidPath()
  if (isUnsafe(fullyDecoded(raw))) throw invalidPath()
  return raw
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/')
}

/**
 * Joins normalised relative paths (`"a/b"`, `""`, `"c"` → `"a/b/c"`); each part must already
 * have passed `safeRelativePath`.
 */
export function joinRelative(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/')
}

/**
 * Splits the raw (still percent-encoded) URL path below a route prefix into a relative path:
 * each segment is decoded once, and a segment that decodes to something containing a separator
 * (`%2F`, `%5C`) is rejected, so encoded slashes cannot smuggle extra levels past routing.
 */
export function pathFromUrlSegments(encoded: string): string {
  const segments = encoded.split('/').map((segment) => {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      throw invalidPath()
    }
    if (decoded.includes('/') || decoded.includes('\\')) throw invalidPath()
    return decoded
  })
  return safeRelativePath(segments.join('/'))
}
