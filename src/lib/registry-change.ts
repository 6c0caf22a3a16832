/**
 * What a registry change will do, computed before it is applied: the approval dialog lists these
 * effects ("Production: v2 → Archived", "alias champion moves from v2 to v3") and the audit log
 * stores them so a change can be rolled back. Pure: the snapshot is whatever the caller read last.
 */

/** MLflow's stages (deprecated since 2.9, still served by 3.x). */
export type Stage = 'None' | 'Staging' | 'Production' | 'Archived'
export const STAGES: readonly Stage[] = ['None', 'Staging', 'Production', 'Archived']

export type RegistryChange =
  /** Transition one version; `archiveExisting` archives the OTHER versions in the target stage. */
  | { kind: 'stage'; model: string; version: string; toStage: Stage; archiveExisting: boolean }
  /** Several versions back to given stages, none archived implicitly (rollback of a transition). */
  | { kind: 'stages'; model: string; assignments: { version: string; stage: Stage }[] }
  | { kind: 'alias-set'; model: string; alias: string; version: string }
  | { kind: 'alias-delete'; model: string; alias: string }
  /** `version` absent: the registered model's own tags. */
  | { kind: 'tags'; model: string; version?: string; set: Record<string, string>; remove: string[] }
  | { kind: 'description'; model: string; version?: string; description: string }

/** The part of the registry a change touches, as last read from the server. */
export type RegistrySnapshot = {
  model: string
  versions: { version: string; stage: Stage; tags?: Record<string, string>; description?: string }[]
  aliases: { alias: string; version: string }[]
  modelTags?: Record<string, string>
  modelDescription?: string
}

export type Effect =
  | { kind: 'stage'; version: string; from: Stage; to: Stage; isImplicit: boolean }
  | { kind: 'alias'; alias: string; from: string | null; to: string | null }
  | { kind: 'tag'; version?: string; key: string; from: string | null; to: string | null }
  | { kind: 'description'; version?: string; from: string; to: string }

export type ChangePlan = {
  effects: Effect[]
  /** Things the user must know before confirming (alias moves, archiving, missing versions). */
  warnings: string[]
  /** The version holding the target now (stage holder with the highest number, or alias holder). */
  incumbent: string | null
  /** Version(s) the change is about; empty for model-level edits. */
  candidate: string | null
  /** True when a referenced version is not in the snapshot (deleted meanwhile). */
  isMissingVersion: boolean
}

const byNumber = (a: string, b: string) => Number(a) - Number(b)

/** Versions in `stage`, ascending by number. */
export function holdersOf(snapshot: RegistrySnapshot, stage: Stage): string[] {
  return snapshot.versions.filter((v) => v.stage === stage).map((v) => v.version).sort(byNumber)
}

/** The version `alias` points at, or null. */
export function aliasTarget(snapshot: RegistrySnapshot, alias: string): string | null {
  return snapshot.aliases.find((a) => a.alias === alias)?.version ?? null
}

/**
 * Effects of `change` on `snapshot`, in the order they happen. A no-op change yields no effects
 * (e.g. a transition to the current stage, setting an alias where it already points). Archiving
 * by `archiveExisting` only hits versions in the target stage other than the candidate, exactly
 * as MLflow does; `None` and `Archived` targets archive nothing extra in MLflow either.
 */
export function planChange(change: RegistryChange, snapshot: RegistrySnapshot): ChangePlan {
  const find = (v: string) => snapshot.versions.find((x) => x.version === v)
  const plan: ChangePlan = { effects: [], warnings: [], incumbent: null, candidate: null, isMissingVersion: false }
  const missing = (v: string) => {
    plan.isMissingVersion = true
    plan.warnings.push(`Version ${v} no longer exists in ${snapshot.model}.`)
  }
  switch (change.kind) {
    case 'stage': {
      plan.candidate = change.version
      const cur = find(change.version)
      if (!cur) {
        missing(change.version)
        return plan
      }
      const others = holdersOf(snapshot, change.toStage).filter((v) => v !== change.version)
      plan.incumbent = others.at(-1) ?? null
      if (cur.stage === change.toStage) return plan
      const archives = change.archiveExisting && change.toStage !== 'None' && change.toStage !== 'Archived' ? others : []
      for (const v of archives) plan.effects.push({ kind: 'stage', version: v, from: change.toStage, to: 'Archived', isImplicit: true })
      plan.effects.push({ kind: 'stage', version: change.version, from: cur.stage, to: change.toStage, isImplicit: false })
      if (archives.length) plan.warnings.push(`${archives.map((v) => `v${v}`).join(', ')} will leave ${change.toStage} and be archived.`)
      else if (others.length && change.toStage !== 'None' && change.toStage !== 'Archived')
        plan.warnings.push(`${others.map((v) => `v${v}`).join(', ')} will stay in ${change.toStage} too (archive existing versions is off).`)
      return plan
    }
    case 'stages': {
      for (const a of change.assignments) {
        const cur = find(a.version)
        if (!cur) {
          missing(a.version)
          continue
        }
        if (cur.stage !== a.stage) plan.effects.push({ kind: 'stage', version: a.version, from: cur.stage, to: a.stage, isImplicit: false })
      }
      plan.candidate = change.assignments[0]?.version ?? null
      return plan
    }
    case 'alias-set': {
      plan.candidate = change.version
      const from = aliasTarget(snapshot, change.alias)
      plan.incumbent = from
      if (!find(change.version)) {
        missing(change.version)
        return plan
      }
      if (from === change.version) return plan
      plan.effects.push({ kind: 'alias', alias: change.alias, from, to: change.version })
      if (from !== null) plan.warnings.push(`Alias ${change.alias} moves from v${from} to v${change.version}: everything loading models:/${snapshot.model}@${change.alias} switches.`)
      return plan
    }
    case 'alias-delete': {
      const from = aliasTarget(snapshot, change.alias)
      plan.incumbent = from
      plan.candidate = from
      if (from === null) return plan
      plan.effects.push({ kind: 'alias', alias: change.alias, from, to: null })
      plan.warnings.push(`models:/${snapshot.model}@${change.alias} will stop resolving.`)
      return plan
    }
    case 'tags': {
      plan.candidate = change.version ?? null
      const tags = change.version === undefined ? snapshot.modelTags ?? {} : find(change.version)?.tags
      if (!tags) {
        missing(change.version ?? '')
        return plan
      }
      for (const key of [...change.remove].sort()) if (Object.hasOwn(tags, key)) plan.effects.push({ kind: 'tag', version: change.version, key, from: tags[key] ?? null, to: null })
      for (const [key, value] of Object.entries(change.set).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const from = Object.hasOwn(tags, key) ? (tags[key] ?? null) : null
        if (from !== value) plan.effects.push({ kind: 'tag', version: change.version, key, from, to: value })
      }
      return plan
    }
    case 'description': {
      plan.candidate = change.version ?? null
      const from = change.version === undefined ? snapshot.modelDescription ?? '' : find(change.version)?.description
      if (from === undefined) {
        missing(change.version ?? '')
        return plan
      }
      if (from !== change.description) plan.effects.push({ kind: 'description', version: change.version, from, to: change.description })
      return plan
    }
  }
}

const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
const where = (version?: string) => (version === undefined ? 'model' : `v${version}`)

/** One line per effect, as the approval dialog and the audit log show it. */
export function describeEffect(e: Effect): string {
  switch (e.kind) {
    case 'stage':
      return e.isImplicit ? `${e.from}: v${e.version} → ${e.to}` : `v${e.version}: ${e.from} → ${e.to}`
    case 'alias':
      if (e.from === null) return `alias ${e.alias} is set on v${e.to}`
      if (e.to === null) return `alias ${e.alias} is removed from v${e.from}`
      return `alias ${e.alias} moves from v${e.from} to v${e.to}`
    case 'tag':
      if (e.to === null) return `${where(e.version)} tag ${e.key} removed (was "${short(e.from ?? '')}")`
      if (e.from === null) return `${where(e.version)} tag ${e.key} = "${short(e.to)}" (new)`
      return `${where(e.version)} tag ${e.key}: "${short(e.from)}" → "${short(e.to)}"`
    case 'description':
      return `${where(e.version)} description ${e.from ? 'changes' : 'is set'} (${e.to.length} characters)`
  }
}

/** All effects joined with "; " (the summary line of a plan or an audit event). */
export function describeEffects(effects: readonly Effect[]): string {
  return effects.length ? effects.map(describeEffect).join('; ') : 'No change'
}

/**
 * The change that undoes recorded effects: stages go back to where they were (without archiving
 * anything else), an alias goes back to its old version or is removed again, tags and
 * descriptions get their old values. Null when there is nothing to undo.
 */
export function rollbackOf(model: string, effects: readonly Effect[]): RegistryChange | null {
  const stages = effects.filter((e): e is Extract<Effect, { kind: 'stage' }> => e.kind === 'stage')
  if (stages.length) return { kind: 'stages', model, assignments: stages.map((e) => ({ version: e.version, stage: e.from })) }
  const alias = effects.find((e): e is Extract<Effect, { kind: 'alias' }> => e.kind === 'alias')
  if (alias) return alias.from === null ? { kind: 'alias-delete', model, alias: alias.alias } : { kind: 'alias-set', model, alias: alias.alias, version: alias.from }
  const tags = effects.filter((e): e is Extract<Effect, { kind: 'tag' }> => e.kind === 'tag')
  if (tags.length) {
    const set: Record<string, string> = {}
    const remove: string[] = []
    for (const t of tags) if (t.from === null) remove.push(t.key)
    else set[t.key] = t.from
    return { kind: 'tags', model, version: tags[0]?.version, set, remove }
  }
  const d = effects.find((e): e is Extract<Effect, { kind: 'description' }> => e.kind === 'description')
  return d ? { kind: 'description', model, version: d.version, description: d.from } : null
}

/** A short imperative label for a rollback button ("Move champion back to v2"). */
export function rollbackLabel(change: RegistryChange): string {
  switch (change.kind) {
    case 'alias-set':
      return `Move ${change.alias} back to v${change.version}`
    case 'alias-delete':
      return `Remove ${change.alias} again`
    case 'stages':
      return `Restore ${change.assignments.map((a) => `v${a.version} to ${a.stage}`).join(', ')}`
    case 'stage':
      return `Move v${change.version} to ${change.toStage}`
    case 'tags':
      return 'Restore previous tags'
    case 'description':
      return 'Restore previous description'
  }
}
