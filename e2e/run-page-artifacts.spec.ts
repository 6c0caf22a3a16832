import { expect, test } from '@playwright/test'
import { createExperiment, createRun, findRun, gotoPage, uploadArtifact } from './run-page-fixtures.ts'

test.describe('run page: artifacts', () => {
  test('large, binary, broken YAML and JSON files get the right preview', async ({ page, request }) => {
    const experimentId = await createExperiment(request, 'artifacts')
    const runId = await createRun(request, experimentId, 'artifact-target')
    await uploadArtifact(request, experimentId, runId, 'big.log', 'x'.repeat(2 * 1024 * 1024 + 10))
    await uploadArtifact(request, experimentId, runId, 'weights.bin', Buffer.from([0, 1, 2, 3, 0, 255]))
    await uploadArtifact(request, experimentId, runId, 'conf/bad.yaml', 'a: 1\nb: [unclosed\nc: 3\n')
    await uploadArtifact(request, experimentId, runId, 'metrics.json', '{"loss":0.5,"acc":[1,2]}')

    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}?tab=artifacts&art=big.log`)
    const big = page.getByRole('region', { name: 'Preview of big.log' })
    await expect(big.getByText('This file is too large to preview')).toBeVisible()
    await expect(big.getByRole('link', { name: 'Download' })).toHaveAttribute('href', /get-artifact\?.*path=big\.log/)

    const files = page.getByRole('navigation', { name: 'Artifact files' })
    await files.getByRole('button', { name: /^weights\.bin/ }).click()
    await expect(page.getByRole('region', { name: 'Preview of weights.bin' })).toContainText('Binary file, 6 bytes.')

    await files.getByRole('button', { name: /^metrics\.json/ }).click()
    await expect(page.getByRole('region', { name: 'Preview of metrics.json' }).getByLabel('File contents')).toContainText('"loss": 0.5')

    await files.getByRole('button', { name: 'conf/' }).click()
    await files.getByRole('button', { name: /^bad\.yaml/ }).click()
    const yaml = page.getByRole('region', { name: 'Preview of conf/bad.yaml' })
    await expect(yaml.getByRole('alert')).toContainText(/YAML error at line \d+/)
    await expect(yaml.getByLabel('File contents')).toContainText('b: [unclosed')
  })

  test('a failing artifact listing is reported inside the artifact panel only', async ({ page, request }) => {
    const { runId, experimentId } = await findRun(request, 'resnet50-baseline')
    await page.route(/\/api\/2\.0\/mlflow\/artifacts\/list/, (route) =>
      route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error_code: 'PERMISSION_DENIED', message: 'No READ permission on artifacts' }) }))
    await gotoPage(page, `/experiments/${experimentId}/runs/${runId}?tab=artifacts`)
    const files = page.getByRole('navigation', { name: 'Artifact files' })
    await expect(files.getByRole('alert')).toContainText('Permission denied')
    await expect(files.getByRole('alert')).toContainText('No READ permission on artifacts')
    // The rest of the page is intact.
    await expect(page.getByRole('heading', { level: 1, name: 'resnet50-baseline' })).toBeVisible()
    await page.unroute(/\/api\/2\.0\/mlflow\/artifacts\/list/)
    await files.getByRole('button', { name: 'Retry' }).click()
    await expect(files.getByRole('button', { name: '.hydra/' })).toBeVisible()
  })
})
