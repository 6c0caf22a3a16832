import type { MlflowHttp } from './http.ts'
import { RUNS } from './workload.ts'

type Registered = { runId: string; artifactUri: string; bestMap: number }

const DETECTOR_DESCRIPTION =
  '# detector\n\nProduction object detector for the *vision-lab* pipeline. Input: RGB image, output: boxes + COCO class ids.\n\n- `@champion`: serving\n- `@challenger`: shadow traffic'

const tagList = (tags: Record<string, string>) => Object.entries(tags).map(([key, value]) => ({ key, value }))

async function createVersion(http: MlflowHttp, model: string, runName: string, runs: Map<string, Registered>): Promise<void> {
  const reg = runs.get(runName)
  const spec = RUNS.find((r) => r.name === runName)
  if (!reg || !spec) throw new Error(`demo registry: run ${runName} was not seeded`)
  await http.post('model-versions/create', {
    name: model,
    source: `${reg.artifactUri}/model`,
    run_id: reg.runId,
    tags: tagList({ val_mAP: reg.bestMap.toFixed(4), architecture: spec.model, backbone: spec.backbone }),
    description: `${runName}: ${spec.model} / ${spec.backbone} @ ${spec.imgSize}px`,
  })
}

const transition = (http: MlflowHttp, name: string, version: string, stage: string, archive = false) =>
  http.post('model-versions/transition-stage', { name, version, stage, archive_existing_versions: archive })
const versionTag = (http: MlflowHttp, name: string, version: string, key: string, value: string) =>
  http.post('model-versions/set-tag', { name, version, key, value })
const alias = (http: MlflowHttp, name: string, alias: string, version: string) =>
  http.post('registered-models/alias', { name, alias, version })

/**
 * The registry as the fixtures have it: `detector` v1 Archived, v2 Production @champion,
 * v3 Staging @challenger, v4 None; `segmenter` v1 Production @champion, v2 Staging. The
 * sequence of calls is the one the Python generator made (so v1 passes through Staging and
 * Production before v2's transition archives it).
 */
export async function seedRegistry(http: MlflowHttp, runs: Map<string, Registered>): Promise<void> {
  await http.post('registered-models/create', {
    name: 'detector',
    tags: tagList({ task: 'object-detection', owner: 'perception-team', framework: 'pytorch' }),
    description: DETECTOR_DESCRIPTION,
  })
  for (const run of ['resnet50-baseline', 'resnet101-fpn', 'yolov8m-640', 'yolov8m-lr-sweep/lr=0.003'])
    await createVersion(http, 'detector', run, runs)
  await transition(http, 'detector', '1', 'Staging')
  await transition(http, 'detector', '1', 'Production')
  await versionTag(http, 'detector', '1', 'validation_status', 'passed')
  await transition(http, 'detector', '2', 'Staging')
  await versionTag(http, 'detector', '2', 'validation_status', 'passed')
  await transition(http, 'detector', '2', 'Production', true)
  await alias(http, 'detector', 'champion', '2')
  await transition(http, 'detector', '3', 'Staging')
  await versionTag(http, 'detector', '3', 'validation_status', 'pending')
  await alias(http, 'detector', 'challenger', '3')
  await versionTag(http, 'detector', '4', 'candidate', 'true')
  await http.call('PATCH', 'model-versions/update', {
    name: 'detector',
    version: '4',
    description: 'Best child of the yolov8m lr sweep (lr=0.003). Not yet validated.',
  })

  await http.post('registered-models/create', {
    name: 'segmenter',
    tags: tagList({ task: 'semantic-segmentation', owner: 'perception-team', framework: 'pytorch' }),
    description: 'Semantic segmentation model (Cityscapes classes).',
  })
  for (const run of ['segformer-b2', 'mask2former-swin-t']) await createVersion(http, 'segmenter', run, runs)
  await transition(http, 'segmenter', '1', 'Production')
  await alias(http, 'segmenter', 'champion', '1')
  await versionTag(http, 'segmenter', '1', 'validation_status', 'passed')
  await transition(http, 'segmenter', '2', 'Staging')
}
