import { NotFoundView } from '../../components/errors/not-found-view.tsx'

export function NotFoundPage() {
  return <NotFoundView />
}
