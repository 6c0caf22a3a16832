/**
 * The demo workload: the same computer-vision experiments, run names and shapes as the
 * workload behind the MLflow contract fixtures (../shared/mlflow-contract/README.md), so the
 * dashboard, the e2e specs and the contract tests all see one familiar data set.
 */

export type RunStatus = 'FINISHED' | 'FAILED' | 'KILLED' | 'RUNNING'
export type Precision = 'fp32' | 'bf16-mixed' | 'fp16-mixed'

export type DemoExperiment = {
  name: string
  tags: Record<string, string>
  /** Deleted (experiments/delete) once its runs are logged. */
  deleted?: boolean
}

export type DemoRun = {
  name: string
  experiment: string
  user: string
  /** Epoch ms on the generator's fixed clock (starts 2024-05-06T08:00:00Z). */
  startTime: number
  sourceType: 'JOB' | 'LOCAL'
  commit: string
  branch: string
  gpuType: string
  numGpus: number
  host: string
  model: string
  backbone: string
  dataset: 'coco2017' | 'cityscapes' | 'coco2017-mini'
  imgSize: number
  batchSize: number
  optimizer: 'sgd' | 'adamw'
  lr: number
  maxSteps: number
  precision: Precision
  augmentations: string[]
  status: RunStatus
  /** For FAILED/KILLED/RUNNING runs: the number of steps logged before the run stopped. */
  stopStep?: number
  /** The val_mAP the curve converges to (before the run stops). */
  targetMap: number
  /**
   * The value of the last val_mAP evaluation (what runs/search orders and filters on). Taken
   * from the fixtures, so `metrics.val_mAP` rankings and filters give the same runs as MLflow did.
   */
  latestMap?: number
  /** Extra user tags beyond the common ones. */
  extraTags?: Record<string, string>
  /** A markdown blockquote line added to the note. */
  noteRemark?: string
  /** Name of the sweep parent (children get `mlflow.parentRunId`). */
  parent?: string
  /** A sweep parent: only summary metrics, no inputs. */
  isSweepParent?: boolean
  /** Logs `model/` artifacts (the runs that get registered). */
  registered?: boolean
  /** Deleted (runs/delete) at the end of the load. */
  deleted?: boolean
}

export const DEMO_START_MS = Date.UTC(2024, 4, 6, 8, 0, 0)

export const EXPERIMENTS: DemoExperiment[] = [
  {
    name: 'object-detection',
    tags: {
      team: 'perception',
      task: 'object-detection',
      dataset: 'coco2017',
      'mlflow.note.content':
        '# Object detection\n\nCOCO-2017 detectors (Faster R-CNN, YOLOv8, EfficientDet, DINO). Primary metric: **val_mAP** (COCO mAP@[.5:.95]).',
    },
  },
  {
    name: 'segmentation',
    tags: {
      team: 'perception',
      task: 'semantic-segmentation',
      dataset: 'cityscapes',
      'mlflow.note.content':
        '# Segmentation\n\nCityscapes semantic / panoptic segmentation. Primary metrics: **val_mIoU**, val_mAP (mask).',
    },
  },
  { name: 'scratch', tags: { team: 'perception', task: 'smoke-tests' }, deleted: true },
]

const H100 = 'NVIDIA H100 80GB HBM3'
const A100 = 'NVIDIA A100-SXM4-80GB'
const L4 = 'NVIDIA L4'
const YOLO_AUG = ['mosaic', 'mixup', 'hsv', 'hflip']

const yoloChild = (lr: number, job: number, startTime: number, extra: Partial<DemoRun>): DemoRun => ({
  name: `yolov8m-lr-sweep/lr=${lr}`, experiment: 'object-detection', user: 'bob', startTime,
  sourceType: 'LOCAL', commit: '3580b0f96bfb8ebcf973db5c867f01e9abdd2d02', branch: 'main',
  gpuType: H100, numGpus: 4, host: 'gpu-node-04', model: 'yolov8', backbone: 'cspdarknet-m',
  dataset: 'coco2017', imgSize: 640, batchSize: 64, optimizer: 'adamw', lr, maxSteps: 600,
  precision: 'bf16-mixed', augmentations: YOLO_AUG, status: 'FINISHED', targetMap: 0.45,
  parent: 'yolov8m-lr-sweep', extraTags: { 'sweep.job_num': String(job) }, ...extra,
})

/** The runs in load order (parents before children, as MLflow needs the parent id). */
export const RUNS: DemoRun[] = [
  {
    name: 'resnet50-baseline', experiment: 'object-detection', user: 'alice', startTime: 1714982400000,
    sourceType: 'JOB', commit: '7d28ef51f21c98a9d49f5ea02e4ca5771d0d4573', branch: 'feat/faster_rcnn',
    gpuType: A100, numGpus: 4, host: 'gpu-node-01', model: 'faster_rcnn', backbone: 'resnet50',
    dataset: 'coco2017', imgSize: 800, batchSize: 16, optimizer: 'sgd', lr: 0.02, maxSteps: 1200,
    precision: 'fp32', augmentations: ['hflip', 'resize_shortest_edge'], status: 'FINISHED',
    targetMap: 0.3739, latestMap: 0.35368, extraTags: { reviewed: 'true' }, registered: true,
  },
  {
    name: 'resnet101-fpn', experiment: 'object-detection', user: 'alice', startTime: 1714993919000,
    sourceType: 'LOCAL', commit: '7d28ef51f21c98a9d49f5ea02e4ca5771d0d4573', branch: 'main',
    gpuType: H100, numGpus: 4, host: 'gpu-node-08', model: 'faster_rcnn', backbone: 'resnet101',
    dataset: 'coco2017', imgSize: 800, batchSize: 16, optimizer: 'sgd', lr: 0.02, maxSteps: 1500,
    precision: 'bf16-mixed', augmentations: ['hflip', 'resize_shortest_edge', 'color_jitter'],
    status: 'FINISHED', targetMap: 0.4045, latestMap: 0.402385, registered: true,
  },
  {
    name: 'yolov8m-640', experiment: 'object-detection', user: 'bob', startTime: 1715005438000,
    sourceType: 'LOCAL', commit: '49fb217a1a6b8b3e4592e971628c7527f455a9da', branch: 'main',
    gpuType: H100, numGpus: 4, host: 'gpu-node-15', model: 'yolov8', backbone: 'cspdarknet-m',
    dataset: 'coco2017', imgSize: 640, batchSize: 64, optimizer: 'adamw', lr: 0.001, maxSteps: 2000,
    precision: 'bf16-mixed', augmentations: [...YOLO_AUG, 'random_affine'], status: 'FINISHED',
    targetMap: 0.5096, latestMap: 0.509564, registered: true,
  },
  {
    name: 'yolov8l-1280-mosaic', experiment: 'object-detection', user: 'bob', startTime: 1715016957000,
    sourceType: 'LOCAL', commit: '8ac351394eaf4f4b7ac5b095feabd568699b9dee', branch: 'feat/yolov8',
    gpuType: A100, numGpus: 4, host: 'gpu-node-22', model: 'yolov8', backbone: 'cspdarknet-l',
    dataset: 'coco2017', imgSize: 1280, batchSize: 32, optimizer: 'sgd', lr: 0.04, maxSteps: 900,
    precision: 'fp16-mixed', augmentations: ['mosaic', 'mixup', 'copy_paste', 'hsv', 'hflip'],
    status: 'FAILED', stopStep: 650, targetMap: 0.41,
    extraTags: { error: 'FloatingPointError: loss is NaN at step 625' },
    noteRemark: '> **Diverged**: loss became NaN; see `train.log`.',
  },
  {
    name: 'efficientdet-d2', experiment: 'object-detection', user: 'chen.wei', startTime: 1715028476000,
    sourceType: 'JOB', commit: 'fda4702f649480d918cfd831c9115bdd3095f627', branch: 'main',
    gpuType: H100, numGpus: 4, host: 'gpu-node-06', model: 'efficientdet', backbone: 'efficientnet-b2',
    dataset: 'coco2017', imgSize: 768, batchSize: 32, optimizer: 'sgd', lr: 0.08, maxSteps: 1000,
    precision: 'fp32', augmentations: ['hflip', 'scale_jitter'], status: 'KILLED', stopStep: 402,
    targetMap: 0.43, latestMap: 0.301276, extraTags: { killed_reason: 'preempted', reviewed: 'true' },
    noteRemark: '> Killed: node preempted by the scheduler.',
  },
  {
    name: 'convnext-t-dino', experiment: 'object-detection', user: 'dana', startTime: 1715039995000,
    sourceType: 'LOCAL', commit: '7789926e3da6c813b27927d56e01abffa8a12205', branch: 'main',
    gpuType: L4, numGpus: 2, host: 'gpu-node-13', model: 'dino_detr', backbone: 'convnext-tiny',
    dataset: 'coco2017', imgSize: 1024, batchSize: 8, optimizer: 'adamw', lr: 0.0001, maxSteps: 1000,
    precision: 'bf16-mixed', augmentations: ['hflip', 'multi_scale', 'random_crop'], status: 'RUNNING',
    stopStep: 600, targetMap: 0.49, latestMap: 0.464053, noteRemark: '> Still training.',
  },
  {
    name: 'yolov8m-lr-sweep', experiment: 'object-detection', user: 'bob', startTime: 1715047914000,
    sourceType: 'LOCAL', commit: '3580b0f96bfb8ebcf973db5c867f01e9abdd2d02', branch: 'feat/yolov8',
    gpuType: H100, numGpus: 4, host: 'gpu-node-20', model: 'yolov8', backbone: 'cspdarknet-m',
    dataset: 'coco2017', imgSize: 640, batchSize: 64, optimizer: 'adamw', lr: 0.003, maxSteps: 0,
    precision: 'bf16-mixed', augmentations: YOLO_AUG, status: 'FINISHED', targetMap: 0,
    extraTags: { sweep: 'optim.lr', 'hydra.mode': 'MULTIRUN', reviewed: 'true' }, isSweepParent: true,
  },
  yoloChild(0.01, 0, 1715047974000, { targetMap: 0.4553, latestMap: 0.451045 }),
  yoloChild(0.003, 1, 1715048034000, { sourceType: 'JOB', host: 'gpu-node-11', targetMap: 0.4896, latestMap: 0.489555, registered: true }),
  yoloChild(0.001, 2, 1715048094000, {
    commit: '299dc769c5d5483c0f14c4758fd357287a581c81', branch: 'feat/yolov8', host: 'gpu-node-18',
    targetMap: 0.4708, latestMap: 0.468162, extraTags: { 'sweep.job_num': '2', reviewed: 'true' },
  }),
  {
    name: 'deeplabv3-resnet50', experiment: 'segmentation', user: 'emre', startTime: 1715093990000,
    sourceType: 'LOCAL', commit: '9e72de3660cb220000ee5e4b99295c76399e167d', branch: 'main',
    gpuType: H100, numGpus: 2, host: 'gpu-node-02', model: 'deeplabv3', backbone: 'resnet50',
    dataset: 'cityscapes', imgSize: 769, batchSize: 8, optimizer: 'sgd', lr: 0.01, maxSteps: 1000,
    precision: 'fp32', augmentations: ['random_scale', 'random_crop', 'hflip'], status: 'FINISHED',
    targetMap: 0.4102, latestMap: 0.391874,
  },
  {
    name: 'segformer-b2', experiment: 'segmentation', user: 'emre', startTime: 1715101909000,
    sourceType: 'LOCAL', commit: '73c1d333524be05f56c7bfa4f791ddd5473d3a72', branch: 'main',
    gpuType: L4, numGpus: 2, host: 'gpu-node-09', model: 'segformer', backbone: 'mit-b2',
    dataset: 'cityscapes', imgSize: 1024, batchSize: 8, optimizer: 'adamw', lr: 6e-5, maxSteps: 1800,
    precision: 'bf16-mixed', augmentations: ['random_scale', 'random_crop', 'hflip', 'photometric'],
    status: 'FINISHED', targetMap: 0.4578, latestMap: 0.451208, registered: true,
  },
  {
    name: 'mask2former-swin-t', experiment: 'segmentation', user: 'dana', startTime: 1715113428000,
    sourceType: 'JOB', commit: '98865116fd4915fc6e8cf85a6c38207df74fb0a4', branch: 'feat/mask2former',
    gpuType: A100, numGpus: 4, host: 'gpu-node-16', model: 'mask2former', backbone: 'swin-tiny',
    dataset: 'cityscapes', imgSize: 1024, batchSize: 16, optimizer: 'adamw', lr: 0.0001, maxSteps: 1400,
    precision: 'bf16-mixed', augmentations: ['large_scale_jitter', 'hflip'], status: 'FINISHED',
    targetMap: 0.4471, latestMap: 0.440917, registered: true,
  },
  {
    name: 'resnet50-debug', experiment: 'object-detection', user: 'alice', startTime: 1715124947000,
    sourceType: 'LOCAL', commit: 'aae4ed73636e6a4b704a0b900248f20f480640dd', branch: 'main',
    gpuType: H100, numGpus: 2, host: 'gpu-node-23', model: 'faster_rcnn', backbone: 'resnet50',
    dataset: 'coco2017', imgSize: 512, batchSize: 2, optimizer: 'sgd', lr: 0.02, maxSteps: 100,
    precision: 'fp32', augmentations: ['hflip'], status: 'FINISHED', targetMap: 0.0512, latestMap: 0.048213, deleted: true,
  },
  {
    name: 'scratch-smoke-test', experiment: 'scratch', user: 'dana', startTime: 1715136466000,
    sourceType: 'LOCAL', commit: 'aae4ed73636e6a4b704a0b900248f20f480640dd', branch: 'main',
    gpuType: L4, numGpus: 2, host: 'gpu-node-07', model: 'faster_rcnn', backbone: 'resnet18',
    dataset: 'coco2017-mini', imgSize: 320, batchSize: 2, optimizer: 'sgd', lr: 0.02, maxSteps: 100,
    precision: 'fp32', augmentations: [], status: 'FINISHED', targetMap: 0.0204, latestMap: 0.019877,
  },
]

/** Segmentation runs also log `val_mIoU`. */
export const isSegmentation = (run: DemoRun) => run.dataset === 'cityscapes'

/** The last step index that gets logged (exclusive upper bound). */
export const loggedSteps = (run: DemoRun) => run.stopStep ?? run.maxSteps
