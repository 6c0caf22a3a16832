import type { ApiRouter } from '../http.ts'
import type { ServerContext } from '../context.ts'
import { deleteRegisteredModelAlias, getModelVersionByAlias, setRegisteredModelAlias } from '../storage/registry-models.ts'
import { parseVersion, validateAliasName, validateModelName } from '../storage/registry-validate.ts'

/**
 * registered-models/alias: POST sets, GET resolves (→ `model_version`), DELETE removes. DELETE
 * reads its parameters from the JSON body only, as MLflow does (query parameters → 400).
 */
export function registerAliasRoutes(api: ApiRouter, ctx: ServerContext): void {
  const { db } = ctx

  api.post('registered-models/alias', (input) => {
    const name = validateModelName(input.str('name'))
    const alias = validateAliasName(input.str('alias'))
    setRegisteredModelAlias(db, name, alias, parseVersion(input.str('version')))
    return {}
  })

  api.get('registered-models/alias', (input) => ({
    model_version: getModelVersionByAlias(db, validateModelName(input.str('name')), input.requireStr('alias')),
  }))

  api.delete('registered-models/alias', (input) => {
    deleteRegisteredModelAlias(db, validateModelName(input.str('name')), input.requireStr('alias'))
    return {}
  })
}
