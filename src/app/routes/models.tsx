import { PageHeader } from '../../components/layout/page-header.tsx'
import { ModelList } from '../../features/registry/components/model-list.tsx'

export function ModelsPage() {
  return (
    <>
      <PageHeader title="Models" description="Registered models with their aliases and the latest version per stage." />
      <ModelList />
    </>
  )
}
