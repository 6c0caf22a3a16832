import { hydraFiles } from './config.ts'
import { Prng, seedOf } from './prng.ts'
import type { DemoRun } from './workload.ts'

export type DemoArtifact = { path: string; body: string | Uint8Array<ArrayBuffer>; contentType: string }

const COCO_LABELS = ['person', 'car', 'bicycle', 'dog']
const CITYSCAPES_LABELS = ['road', 'sidewalk', 'building', 'car']
const MODEL_FILES_MLFLOW_VERSION = '3.11.2.dev0'

function trainLog(run: DemoRun, overridesLine: string): string {
  const lines = [`[rank0] starting ${run.name} (${run.model}/${run.backbone})`, `[rank0] overrides: ${overridesLine}`]
  if (run.status === 'FAILED') lines.push(`[rank0] ${run.extraTags?.error ?? 'error'}`)
  if (run.status === 'KILLED') lines.push('[rank0] received SIGTERM (preempted), saving checkpoint')
  lines.push(run.status === 'RUNNING' ? '[rank0] training…' : '[rank0] done')
  return `${lines.join('\n')}\n`
}

function summaryJson(run: DemoRun, bestMap: number): string {
  const labels = run.dataset === 'cityscapes' ? CITYSCAPES_LABELS : COCO_LABELS
  const perClass = Object.fromEntries(labels.map((l, i) => [l, Number((bestMap * (0.8 + 0.05 * i)).toFixed(4))]))
  return JSON.stringify({ run: run.name, best_val_mAP: bestMap, per_class_AP: perClass }, null, 2)
}

function mlModel(run: DemoRun, runId: string): string {
  const rng = new Prng(seedOf(`${run.name}/model`))
  const created = new Date(run.startTime + 11 * 60_000).toISOString().replace('T', ' ').replace('Z', '000')
  return [
    'artifact_path: model',
    'flavors:',
    '  python_function:',
    '    loader_module: vision_lab.mlflow_loader',
    '    data: data',
    '    python_version: 3.11.2',
    '    env:',
    '      virtualenv: python_env.yaml',
    '  pytorch:',
    '    model_data: data',
    '    pytorch_version: 2.2.1',
    `mlflow_version: ${MODEL_FILES_MLFLOW_VERSION}`,
    `model_uuid: ${rng.hex(32)}`,
    `run_id: ${runId}`,
    `utc_time_created: '${created}'`,
    '',
  ].join('\n')
}

function weights(run: DemoRun): Uint8Array<ArrayBuffer> {
  const rng = new Prng(seedOf(`${run.name}/weights`))
  const bytes = new Uint8Array(4096)
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rng.next() * 256)
  return bytes
}

/**
 * Every artifact file of a run, in upload order. Text files go up as `text/plain` (also .json
 * and .yaml), binaries as `application/octet-stream`, as the Python client does.
 */
export function runArtifacts(run: DemoRun, runId: string, bestMap: number, sweepValues: string): DemoArtifact[] {
  const text = (path: string, body: string): DemoArtifact => ({ path, body, contentType: 'text/plain' })
  const hydra = hydraFiles(run, sweepValues)
  const overridesLine = hydra['.hydra/overrides.yaml'].trim().split('\n').map((l) => l.slice(2)).join(' ')
  const files = [text('train.log', trainLog(run, overridesLine))]
  if (run.registered) {
    const labels = run.dataset === 'cityscapes' ? CITYSCAPES_LABELS : COCO_LABELS
    files.push(
      text('model/requirements.txt', 'torch==2.2.1\ntorchvision==0.17.1\nvision-lab==0.4.0\n'),
      text('model/MLmodel', mlModel(run, runId)),
      text('model/python_env.yaml', 'python: 3.11.2\nbuild_dependencies:\n- pip\ndependencies:\n- -r requirements.txt\n'),
      text('model/data/labels.json', JSON.stringify(labels)),
      { path: 'model/data/weights.bin', body: weights(run), contentType: 'application/octet-stream' },
    )
  }
  for (const [path, body] of Object.entries(hydra)) files.push(text(path, body))
  files.push(text('eval/summary.json', summaryJson(run, bestMap)))
  return files
}
