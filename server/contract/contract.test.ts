import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildIdMap, contractDir, hasContract, loadFixtures, repoRoot, type Fixture, type IdMap } from './fixtures.ts'
import { startTestServer, type TestServer } from './harness.ts'
import { evaluate, sendFixtureRequest, type FixtureResult, type Observed } from './replay.ts'
import { ADDED_IN_311, SKIPPED_V210, SKIPPED_V311 } from './skips.ts'

if (!hasContract) console.warn(`[contract] ${contractDir} is absent: MLflow contract tests skipped`)

type Version = 'v3.11' | 'v2.10'

/** 2.10 fixtures whose status and error_code equal 3.11's (README: same behaviour). */
function sameIn311(fixture: Fixture, v311: Map<string, Fixture>): boolean {
  const other = v311.get(fixture.name)
  if (!other || other.response.status !== fixture.response.status) return false
  const code = (f: Fixture) => (f.response.body as { error_code?: string } | null)?.error_code
  return code(other) === code(fixture)
}

function suite(version: Version) {
  const fixtures = hasContract ? loadFixtures(version) : []
  const v311 = version === 'v2.10' && hasContract ? new Map(loadFixtures('v3.11').map((f) => [f.name, f])) : undefined
  const skipped = version === 'v3.11' ? SKIPPED_V311 : SKIPPED_V210
  const reasonToSkip = (f: Fixture): string | undefined =>
    skipped[f.name] ?? (v311 && !sameIn311(f, v311) ? 'behaviour differs between 2.10 and 3.11 (we follow 3.11)' : undefined)
  const results: FixtureResult[] = []
  let server: TestServer
  let ids: IdMap

  describe.skipIf(!hasContract)(`MLflow ${version} contract fixtures`, () => {
    beforeAll(async () => {
      server = await startTestServer({ demo: true })
      ids = buildIdMap(version, fixtures, server.seed)
    }, 120_000)

    afterAll(async () => {
      await server?.close()
      const replayed = results.length
      const matched = results.filter((r) => r.ok).length
      const skippedCount = fixtures.length - replayed
      console.log(`[contract ${version}] ${matched} of ${replayed} fixtures match (${skippedCount} skipped)`)
      for (const r of results.filter((x) => !x.ok)) console.log(`  ✗ ${r.name}: ${r.problems.join('; ')}`)
      mkdirSync(join(repoRoot, 'reports'), { recursive: true })
      writeFileSync(
        join(repoRoot, 'reports', `contract-${version}.json`),
        JSON.stringify({ version, matched, replayed, skipped: skippedCount, results }, null, 2),
      )
    })

    // Sequential and in recording order: write fixtures (delete → restore, set-tag → delete-tag,
    // transitions) rely on the state the previous ones left, exactly as when MLflow was recorded.
    for (const fixture of fixtures) {
      const reason = reasonToSkip(fixture)
      if (reason) {
        it.skip(`${fixture.name} (skipped: ${reason})`, () => {})
        continue
      }
      it(fixture.name, async () => {
        let problems: string[]
        let observed: Observed | undefined
        try {
          observed = await sendFixtureRequest(server.url, fixture, ids)
          problems = evaluate(fixture, observed, version === 'v2.10' ? { optionalKeys: ADDED_IN_311 } : {})
        } catch (err) {
          problems = [`request failed: ${err instanceof Error ? err.message : String(err)}`]
        }
        // Keep the report small: the first 2 kB of what we answered is enough to see why.
        const excerpt = problems.length && observed ? { ...observed, body: JSON.stringify(observed.body).slice(0, 2000) } : undefined
        results.push({ name: fixture.name, ok: problems.length === 0, problems, observed: excerpt })
        expect(problems, `${fixture.request.method} ${fixture.request.url ?? fixture.request.path}`).toEqual([])
      })
    }
  })
}

suite('v3.11')
suite('v2.10')
