import {
  deleteAlias,
  deleteModelTag,
  deleteModelVersionTag,
  setAlias,
  setModelTag,
  setModelVersionTag,
  transitionStage,
  updateModelDescription,
  updateModelVersionDescription,
} from '../../../api/registry.ts'
import type { ChangePlan, Effect, RegistryChange } from '../../../lib/registry-change.ts'
import { FlowError } from './flow-error.ts'

type Step = { effects: Effect[]; run: () => Promise<unknown> }

function stepsOf(change: RegistryChange, plan: ChangePlan): Step[] {
  const m = change.model
  switch (change.kind) {
    case 'stage':
      // One call: the server archives the other holders itself when asked to.
      return plan.effects.length ? [{ effects: plan.effects, run: () => transitionStage(m, change.version, change.toStage, change.archiveExisting) }] : []
    case 'stages':
      return plan.effects.map((e) => ({ effects: [e], run: () => (e.kind === 'stage' ? transitionStage(m, e.version, e.to, false) : Promise.resolve()) }))
    case 'alias-set':
      return plan.effects.length ? [{ effects: plan.effects, run: () => setAlias(m, change.alias, change.version) }] : []
    case 'alias-delete':
      return plan.effects.length ? [{ effects: plan.effects, run: () => deleteAlias(m, change.alias) }] : []
    case 'tags':
      return plan.effects.map((e) => {
        if (e.kind !== 'tag') return { effects: [], run: () => Promise.resolve() }
        const v = change.version
        const run = e.to === null
          ? () => (v === undefined ? deleteModelTag(m, e.key) : deleteModelVersionTag(m, v, e.key))
          : () => (v === undefined ? setModelTag(m, e.key, e.to ?? '') : setModelVersionTag(m, v, e.key, e.to ?? ''))
        return { effects: [e], run }
      })
    case 'description': {
      const v = change.version
      return plan.effects.length
        ? [{ effects: plan.effects, run: () => (v === undefined ? updateModelDescription(m, change.description) : updateModelVersionDescription(m, v, change.description)) }]
        : []
    }
  }
}

/**
 * Performs the REST calls of `change` in plan order and returns the effects that happened. If a
 * call fails after earlier ones succeeded, throws a `partial` FlowError listing what was applied
 * (so the UI can say exactly what is half-done); a failure of the first call rethrows as is.
 */
export async function executeChange(change: RegistryChange, plan: ChangePlan): Promise<Effect[]> {
  const done: Effect[] = []
  for (const step of stepsOf(change, plan)) {
    try {
      await step.run()
    } catch (cause) {
      if (done.length === 0) throw cause
      throw new FlowError('partial', 'Only part of the change was applied.', { cause, applied: done })
    }
    done.push(...step.effects)
  }
  return done
}
