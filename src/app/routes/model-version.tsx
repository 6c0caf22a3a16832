import { useParams } from 'react-router'
import { RegistryDialogHost } from '../../features/registry/components/registry-dialog-host.tsx'
import { VersionView } from '../../features/registry/components/version-view.tsx'

export function ModelVersionPage() {
  const { name = '', version = '' } = useParams()
  return (
    <RegistryDialogHost>
      <VersionView key={`${name}/${version}`} name={name} version={version} />
    </RegistryDialogHost>
  )
}
