/**
 * Formatting that matches what the Python generator behind the contract fixtures produced:
 * `str(value)` for param values, `json.dumps` for lists, and PyYAML's block style for
 * `.hydra/*.yaml`. Keeping this faithful makes our demo data look like a real MLflow load.
 */

export type ConfigValue = string | number | null | ConfigValue[] | { [key: string]: ConfigValue }

/** Python `repr(float)`: exponent form below 1e-4 (`6e-05`), otherwise the shortest decimal. */
export function pyNumber(n: number): string {
  if (Number.isInteger(n)) return String(n)
  const abs = Math.abs(n)
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [mantissa, exp] = n.toExponential().split('e')
    const sign = exp.startsWith('-') ? '-' : '+'
    const digits = exp.replace(/^[-+]/, '').padStart(2, '0')
    return `${mantissa}e${sign}${digits}`
  }
  return String(n)
}

/** Python `str(x)` for a scalar and `json.dumps(x)` (", " separators) for lists and dicts. */
export function pyParamValue(v: ConfigValue): string {
  if (v === null) return 'null'
  if (typeof v === 'number') return pyNumber(v)
  if (typeof v === 'string') return v
  return pyJson(v)
}

function pyJson(v: ConfigValue): string {
  if (v === null) return 'null'
  if (typeof v === 'number') return pyNumber(v)
  if (typeof v === 'string') return JSON.stringify(v)
  if (Array.isArray(v)) return `[${v.map(pyJson).join(', ')}]`
  return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${pyJson(x)}`).join(', ')}}`
}

/** Flattens a nested config into dotted keys, as Hydra/OmegaConf-to-MLflow loggers do. */
export function flattenConfig(config: { [key: string]: ConfigValue }, prefix = ''): [string, string][] {
  const out: [string, string][] = []
  for (const [key, value] of Object.entries(config)) {
    const full = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) out.push(...flattenConfig(value, full))
    else out.push([full, pyParamValue(value)])
  }
  return out
}

/** PyYAML's float style: `6.0e-05`, `0.02`, `.inf` is not needed here. */
function yamlNumber(n: number): string {
  const s = pyNumber(n)
  return /e/.test(s) && !s.includes('.') ? s.replace('e', '.0e') : s
}

// Strings PyYAML would have to quote: indicators up front, YAML 1.1 booleans/null, numbers.
const PLAIN_UNSAFE = /^(?:$|[-?:,[\]{}#&*!|>'"%@`~ ]|(?:true|false|null|yes|no|on|off|y|n|~)$|[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?$)|: | #|:$/i

function yamlScalar(v: string | number | null): string {
  if (v === null) return 'null'
  if (typeof v === 'number') return yamlNumber(v)
  // `${...}` and `-r requirements.txt` style values are plain in PyYAML unless they start oddly.
  return PLAIN_UNSAFE.test(v) ? `'${v.replace(/'/g, "''")}'` : v
}

/**
 * Dumps a config the way `yaml.safe_dump(sort_keys=False)` does: block style, list items at the
 * parent key's indentation, empty lists as `[]`.
 */
export function toPyYaml(value: { [key: string]: ConfigValue } | ConfigValue[], indent = 0): string {
  const pad = ' '.repeat(indent)
  let out = ''
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item !== null && typeof item === 'object') out += `${pad}-\n${toPyYaml(item, indent + 2)}`
      else out += `${pad}- ${yamlScalar(item)}\n`
    }
    return out
  }
  for (const [key, item] of Object.entries(value)) {
    if (Array.isArray(item)) out += item.length ? `${pad}${key}:\n${toPyYaml(item, indent)}` : `${pad}${key}: []\n`
    else if (item !== null && typeof item === 'object') out += `${pad}${key}:\n${toPyYaml(item, indent + 2)}`
    else out += `${pad}${key}: ${yamlScalar(item)}\n`
  }
  return out
}
