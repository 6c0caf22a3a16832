import type { DatasetInput } from '../../../../api/types.ts'
import { datasetSourceLabel } from '../run-facts.ts'
import { SectionCard } from './section-card.tsx'

type DatasetInputsProps = { inputs: DatasetInput[] }

/** The datasets the run logged with `mlflow.log_input`: name, digest, context and source. */
export function DatasetInputs({ inputs }: DatasetInputsProps) {
  return (
    <SectionCard title={`Datasets (${inputs.length})`}>
      {inputs.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">No dataset inputs logged.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Dataset inputs</caption>
            <thead className="text-xs text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Name</th>
                <th scope="col" className="py-1 pr-3 font-medium">Digest</th>
                <th scope="col" className="py-1 pr-3 font-medium">Context</th>
                <th scope="col" className="py-1 font-medium">Source</th>
              </tr>
            </thead>
            <tbody>
              {inputs.map((input, i) => (
                <tr key={`${input.dataset.name}:${input.dataset.digest}:${i}`} className="border-t border-slate-100 align-top dark:border-slate-800">
                  <td className="py-1.5 pr-3 font-medium break-all">{input.dataset.name}</td>
                  <td className="py-1.5 pr-3 font-mono text-xs">{input.dataset.digest}</td>
                  <td className="py-1.5 pr-3">{input.context ?? '—'}</td>
                  <td className="py-1.5 break-all">
                    {input.dataset.sourceType && <span className="mr-1.5 rounded bg-slate-100 px-1 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">{input.dataset.sourceType}</span>}
                    <span className="font-mono text-xs">{datasetSourceLabel(input.dataset.source)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SectionCard>
  )
}
