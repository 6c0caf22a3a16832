import { useQueries } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { experimentQueries } from '../../api/experiments.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { hrefs } from '../../url/hrefs.ts'

type RunsHeadingProps = { experimentIds: string[]; actions?: ReactNode }

/** Page title: the experiment name(s) of the run table, as text (names may hold HTML). */
export function RunsHeading({ experimentIds, actions }: RunsHeadingProps) {
  const results = useQueries({ queries: experimentIds.map((id) => ({ ...experimentQueries.detail(id), retry: false })) })
  const names = results.map((r, i) => r.data?.name ?? `#${experimentIds[i]}`)
  const title = names.length === 0 ? 'Runs' : names.length <= 3 ? names.join(' + ') : `${names.slice(0, 2).join(' + ')} + ${names.length - 2} more`
  return <PageHeader eyebrow={<Link to={hrefs.experiments()} className="hover:underline">Experiments</Link>} title={title} actions={actions} />
}
