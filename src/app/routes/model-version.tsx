import { useParams } from 'react-router'
import { PageHeader } from '../../components/layout/page-header.tsx'

// Placeholder until the feature slice lands; the feature composes its panels here.
export function ModelVersionPage() {
  const { name, version } = useParams()
  return <PageHeader title={`${name} version ${version}`} />
}
