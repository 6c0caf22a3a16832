import { PageHeader } from '../../components/layout/page-header.tsx'
import { ExperimentList } from '../../features/experiments/experiment-list.tsx'

/** `/experiments`: the experiment browser. */
export function ExperimentsPage() {
  return (
    <>
      <PageHeader title="Experiments" description="Open an experiment to see its runs, or select several to browse them together." />
      <ExperimentList />
    </>
  )
}
