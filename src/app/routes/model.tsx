import { useParams } from 'react-router'
import { ModelView } from '../../features/registry/components/model-view.tsx'
import { RegistryDialogHost } from '../../features/registry/components/registry-dialog-host.tsx'

export function ModelPage() {
  const { name = '' } = useParams()
  return (
    <RegistryDialogHost>
      <ModelView key={name} name={name} />
    </RegistryDialogHost>
  )
}
