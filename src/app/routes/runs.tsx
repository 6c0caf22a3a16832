import { useParams } from 'react-router'
import { PageHeader } from '../../components/layout/page-header.tsx'

// Placeholder until the feature slice lands; the feature composes its panels here.
export function RunsPage() {
  const { experimentId } = useParams()
  return <PageHeader title={`Experiment ${experimentId}`} />
}
