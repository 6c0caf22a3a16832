import { cn } from '../../../lib/cn.ts'
import type { RegistryTab } from '../../../url/registry-search.ts'

type RegistryTabsProps = { tabs: readonly { tab: RegistryTab; label: string }[]; current: RegistryTab; onSelect: (tab: RegistryTab) => void }

/** The section switcher of the model and version pages (the tab lives in the URL). */
export function RegistryTabs({ tabs, current, onSelect }: RegistryTabsProps) {
  return (
    <div role="tablist" aria-label="Sections" className="flex gap-1 border-b border-slate-200 px-6 dark:border-slate-800">
      {tabs.map((t) => (
        <button key={t.tab} type="button" role="tab" aria-selected={t.tab === current} onClick={() => onSelect(t.tab)}
          className={cn('-mb-px border-b-2 px-3 py-2 text-sm font-medium', t.tab === current ? 'border-sky-600 text-slate-900 dark:text-white' : 'border-transparent text-slate-500 hover:text-slate-900 dark:hover:text-slate-100')}>
          {t.label}
        </button>
      ))}
    </div>
  )
}
