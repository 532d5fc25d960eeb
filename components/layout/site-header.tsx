import Link from 'next/link';
import { NavLink } from './nav-link';

const NAV = [
  { href: '/questions', label: 'Questions' },
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
      </div>
    </header>
  );
}
