import { PageHeader } from '../../components/layout/page-header.tsx'

// Placeholder until the feature slice lands; the feature composes its panels here.
export function RunsPage() {
  return <PageHeader title="Runs" />
}
