import { modelUris } from '../../../lib/registry-uris.ts'
import { CopyButton } from '../../../components/ui/copy-button.tsx'

type ModelUrisProps = { name: string; version: string; aliases: readonly string[] }

/** `models:/name/N` and `models:/name@alias`, ready to paste into `mlflow.pyfunc.load_model`. */
export function ModelUris({ name, version, aliases }: ModelUrisProps) {
  return (
    <section aria-label="Model URIs" className="flex flex-col gap-1">
      <h2 className="text-sm font-semibold">Load this model</h2>
      <ul className="flex flex-col gap-1">
        {modelUris(name, version, aliases).map((uri) => (
          <li key={uri} className="flex items-center gap-2">
            <code className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs select-all dark:bg-slate-800">{uri}</code>
            <CopyButton text={uri} label={`Copy ${uri}`} />
          </li>
        ))}
      </ul>
    </section>
  )
}
