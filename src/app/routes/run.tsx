import { useParams } from 'react-router'
import { PageHeader } from '../../components/layout/page-header.tsx'

// Placeholder until the feature slice lands; the feature composes its panels here.
export function RunPage() {
  const { runId } = useParams()
  return <PageHeader title={`Run ${runId}`} />
}
