import { RegistryDialogHost } from '../../features/registry/components/registry-dialog-host.tsx'
import { RequestsView } from '../../features/registry/components/requests-view.tsx'

export function RequestsPage() {
  return (
    <RegistryDialogHost>
      <RequestsView />
    </RegistryDialogHost>
  )
}
