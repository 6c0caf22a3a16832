import { useRunTableActions } from './run-table-context.ts'

/** Header checkbox: selects every loaded run shown, or clears the selection. */
export function SelectAllHeader() {
  const { selectionSummary, toggleSelectAll } = useRunTableActions()
  return (
    <input
      type="checkbox"
      aria-label="Select all loaded runs"
      className="size-4"
      checked={selectionSummary === 'all'}
      ref={(el) => {
        if (el) el.indeterminate = selectionSummary === 'some'
      }}
      onChange={toggleSelectAll}
    />
  )
}
