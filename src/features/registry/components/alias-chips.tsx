import { Badge } from '../../../components/ui/badge.tsx'

type AliasChipsProps = { aliases: readonly string[]; version?: string }

/** `@alias` chips, optionally with the version they point at (`@champion → v2`). */
export function AliasChips({ aliases, version }: AliasChipsProps) {
  if (!aliases.length) return null
  return (
    <span className="inline-flex flex-wrap gap-1">
      {[...aliases].sort().map((a) => (
        <Badge key={a} tone="info" title={`Alias ${a}`}>
          @{a}
          {version ? ` → v${version}` : ''}
        </Badge>
      ))}
    </span>
  )
}
