import { NavLink } from 'react-router'
import { cn } from '../../lib/cn.ts'
import { hrefs } from '../../url/hrefs.ts'

const LINKS = [
  { to: hrefs.experiments(), label: 'Experiments' },
  { to: hrefs.models(), label: 'Models' },
  { to: hrefs.requests(), label: 'Requests' },
] as const

/** Top-level sections. A section stays highlighted on its sub-pages (a run is under Experiments). */
export function MainNav() {
  return (
    <nav aria-label="Main" className="flex items-center gap-1">
      {LINKS.map((link) => (
        <NavLink
          key={link.to}
          to={link.to}
          className={({ isActive }) =>
            cn(
              'rounded-md px-2.5 py-1.5 text-sm font-medium',
              isActive
                ? 'bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-white'
                : 'text-slate-600 hover:bg-slate-50 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-900 dark:hover:text-slate-100',
            )
          }
        >
          {link.label}
        </NavLink>
      ))}
    </nav>
  )
}
