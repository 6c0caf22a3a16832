import { Dialog } from '../../../../components/ui/dialog.tsx'
import type { ParamRow } from '../param-rows.ts'
import { CopyButton } from '../../../../components/ui/copy-button.tsx'
import { formatCount } from '../../../../lib/format.ts'

type ParamValueDialogProps = { param: ParamRow | undefined; onClose: () => void }

/** The full value of one param, wrapped and scrollable, with a copy button. */
export function ParamValueDialog({ param, onClose }: ParamValueDialogProps) {
  return (
    <Dialog isOpen={param !== undefined} onClose={onClose} className="w-[56rem]"
      title={<span className="font-mono break-all">{param?.key}</span>}
      description={param ? `${formatCount(param.value.length)} characters` : undefined}>
      {param && (
        <div className="flex flex-col gap-2">
          <pre aria-label="Full value" className="max-h-[60vh] overflow-auto rounded bg-slate-50 p-3 font-mono text-xs break-all whitespace-pre-wrap dark:bg-slate-900">{param.value}</pre>
          <div className="flex items-center gap-1 text-sm text-slate-600 dark:text-slate-400">
            <CopyButton text={param.value} label="Copy full value" /> Copy
          </div>
        </div>
      )}
    </Dialog>
  )
}
