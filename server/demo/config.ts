import { flattenConfig, pyNumber, toPyYaml, type ConfigValue } from './py-format.ts'
import type { DemoRun } from './workload.ts'

type Config = { [key: string]: ConfigValue }

const NUM_CLASSES: Record<DemoRun['dataset'], number> = { coco2017: 80, 'coco2017-mini': 80, cityscapes: 19 }

/** The `model:` block differs per architecture, so config diffs between runs are realistic. */
function modelBlock(run: DemoRun): Config {
  const classes = NUM_CLASSES[run.dataset]
  const backbone = { name: run.backbone, pretrained: 'imagenet-1k', freeze_at: run.model === 'faster_rcnn' ? 2 : 0 }
  switch (run.model) {
    case 'faster_rcnn':
      return {
        name: run.model, backbone, neck: { type: 'fpn', out_channels: 256 },
        head: { type: 'roi_heads', num_classes: classes, anchor_sizes: [32, 64, 128, 256, 512], batch_size_per_image: 512 },
      }
    case 'yolov8':
      return {
        name: run.model, backbone, neck: { type: 'pan', out_channels: 256 },
        head: { type: 'yolov8_head', num_classes: classes, reg_max: 16, loss: { box: 7.5, cls: 0.5, dfl: 1.5 } },
      }
    case 'efficientdet':
      return {
        name: run.model, backbone, neck: { type: 'bifpn', out_channels: 112 },
        head: { type: 'efficientdet_head', num_classes: classes, anchor_scales: [1, 1.26, 1.587], num_layers: 3 },
      }
    case 'dino_detr':
      return {
        name: run.model, backbone, neck: { type: 'channel_mapper', out_channels: 256 },
        head: { type: 'dino_head', num_classes: classes, num_queries: 900, denoising_groups: 5 },
      }
    case 'deeplabv3':
      return {
        name: run.model, backbone, neck: { type: 'aspp', out_channels: 256 },
        head: { type: 'deeplabv3_head', num_classes: classes, dilations: [1, 12, 24, 36], dropout: 0.1 },
      }
    case 'segformer':
      return {
        name: run.model, backbone, neck: { type: 'all_mlp', out_channels: 768 },
        head: { type: 'segformer_head', num_classes: classes, dropout: 0.1, channels: 256 },
      }
    default:
      return {
        name: run.model, backbone, neck: { type: 'msdeform_pixel_decoder', out_channels: 256 },
        head: { type: 'mask2former_head', num_classes: classes, num_queries: 100, dec_layers: 9 },
      }
  }
}

/** The resolved Hydra config of a run (`.hydra/config.yaml`). */
export function hydraConfig(run: DemoRun): Config {
  const evalEvery = Math.max(1, Math.round(run.maxSteps / 20))
  const optim: Config =
    run.optimizer === 'sgd'
      ? { name: 'sgd', lr: run.lr, weight_decay: 0.0001, momentum: 0.9 }
      : { name: 'adamw', lr: run.lr, weight_decay: 0.05, betas: [0.9, 0.999] }
  return {
    model: modelBlock(run),
    data: {
      dataset: run.dataset, root: `/datasets/${run.dataset}`, img_size: run.imgSize, batch_size: run.batchSize,
      num_workers: 8, augmentations: run.augmentations,
    },
    optim,
    scheduler: { name: 'cosine', warmup_steps: Math.round(run.maxSteps / 20), min_lr: run.lr / 100 },
    trainer: {
      max_steps: run.maxSteps, eval_every: evalEvery, precision: run.precision, devices: run.numGpus,
      accumulate_grad_batches: 1, gradient_clip_val: run.model === 'yolov8' ? 10 : null, seed: 42,
    },
  }
}

/** The command-line overrides, in the order a user would type them (children vary `optim.lr` last). */
export function overrides(run: DemoRun): string[] {
  const lr = `optim.lr=${pyNumber(run.lr)}`
  const list = [
    `model=${run.model}`, `model.backbone.name=${run.backbone}`, `data.img_size=${run.imgSize}`,
    `data.batch_size=${run.batchSize}`, `optim=${run.optimizer}`,
  ]
  if (!run.parent) list.push(lr)
  list.push(`trainer.max_steps=${run.maxSteps}`)
  if (run.precision !== 'fp32') list.push(`trainer.precision=${run.precision}`)
  if (run.parent) list.push(lr)
  return list
}

/** Params: the plain ones a training script logs, then the flattened Hydra config. */
export function runParams(run: DemoRun, sweepValues: string): [string, string][] {
  if (run.isSweepParent)
    return [['sweep.param', 'optim.lr'], ['sweep.values', sweepValues], ['backbone', run.backbone], ['architecture', run.model]]
  const plain: [string, string][] = [
    ['backbone', run.backbone], ['architecture', run.model], ['learning_rate', pyNumber(run.lr)],
    ['batch_size', String(run.batchSize)], ['optimizer', run.optimizer], ['img_size', String(run.imgSize)],
    ['augmentations', run.augmentations.join(',') || 'none'], ['max_steps', String(run.maxSteps)],
    ['precision', run.precision], ['seed', '42'],
  ]
  return [...plain, ...flattenConfig(hydraConfig(run))]
}

/** Run tags as MLflowClient.create_run sent them (the server adds `mlflow.runName`). */
export function runTags(run: DemoRun, parentId?: string): Record<string, string> {
  const note = [
    `## ${run.name}`, '',
    `**${run.model}** with a \`${run.backbone}\` backbone on *${run.dataset}*.`, '',
    '| setting | value |', '|---|---|',
    `| optimizer | ${run.optimizer} (lr=${pyNumber(run.lr)}) |`, `| batch size | ${run.batchSize} |`,
    `| image size | ${run.imgSize} |`, '',
    ...(run.noteRemark ? [run.noteRemark, ''] : []),
    `- augmentations: ${run.augmentations.join(', ') || 'none'}`, '- see `.hydra/config.yaml` for the full config',
  ].join('\n')
  return {
    'mlflow.user': run.user,
    'mlflow.source.name': 'train.py',
    'mlflow.source.type': run.sourceType,
    'mlflow.source.git.commit': run.commit,
    'mlflow.source.git.branch': run.branch,
    'mlflow.source.git.repoURL': 'git@git.example.com:vision/vision-lab.git',
    'mlflow.note.content': note,
    gpu_type: run.gpuType,
    num_gpus: String(run.numGpus),
    host: run.host,
    cuda_version: '12.1',
    torch_version: '2.2.1',
    framework: 'pytorch-lightning',
    task: run.dataset === 'cityscapes' ? 'semantic-segmentation' : 'object-detection',
    'hydra.job.override_dirname': overrides(run).join(','),
    'cvgen.generator': 'generate_cv_runs.py v1',
    ...(parentId ? { 'mlflow.parentRunId': parentId } : {}),
    ...run.extraTags,
  }
}

/** `.hydra/config.yaml`, `.hydra/overrides.yaml` and `.hydra/hydra.yaml` of a run. */
export function hydraFiles(run: DemoRun, sweepValues: string): Record<string, string> {
  const list = overrides(run)
  const multirun = Boolean(run.parent || run.isSweepParent)
  const time = new Date(run.startTime).toISOString()
  const hydra: Config = {
    hydra: {
      run: { dir: 'outputs/${now:%Y-%m-%d}/${now:%H-%M-%S}' },
      sweep: { dir: 'multirun/${now:%Y-%m-%d}/${now:%H-%M-%S}', subdir: '${hydra.job.num}' },
      mode: multirun ? 'MULTIRUN' : 'RUN',
      sweeper: {
        _target_: 'hydra._internal.core_plugins.basic_sweeper.BasicSweeper', max_batch_size: null,
        params: multirun ? { 'optim.lr': sweepValues } : null,
      },
      launcher: { _target_: 'hydra._internal.core_plugins.basic_launcher.BasicLauncher' },
      overrides: { hydra: [], task: list },
      job: {
        name: 'train', chdir: 'false', override_dirname: list.join(','),
        num: Number(run.extraTags?.['sweep.job_num'] ?? 0), config_name: 'train',
      },
      runtime: {
        version: '1.3.2', version_base: '1.3', cwd: `/home/${run.user}/vision-lab`,
        output_dir: `/home/${run.user}/vision-lab/outputs/${time.slice(0, 10)}/${time.slice(11, 19).replace(/:/g, '-')}`,
        choices: { model: run.model, optim: run.optimizer, data: run.dataset === 'cityscapes' ? 'segmentation' : 'detection', 'hydra/launcher': 'basic', 'hydra/sweeper': 'basic' },
      },
      verbose: 'false',
    },
  }
  return {
    '.hydra/config.yaml': toPyYaml(hydraConfig(run)),
    '.hydra/overrides.yaml': toPyYaml(list),
    '.hydra/hydra.yaml': toPyYaml(hydra).replace(/: 'false'$/gm, ': false'),
  }
}
