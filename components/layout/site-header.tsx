import Link from 'next/link';
import { NavLink } from './nav-link';
import { UserMenu } from './user-menu';

const NAV = [
  { href: '/questions', label: 'Questions' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/overdue', label: 'Overdue' },
  { href: '/members', label: 'Members' },
  { href: '/departments', label: 'Departments' },
  { href: '/topics', label: 'Topics' },
  { href: '/meetings', label: 'Meetings' },
  { href: '/coverage', label: 'Coverage' },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          Answerable
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            {NAV.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <UserMenu />
      </div>
    </header>
  );
}
