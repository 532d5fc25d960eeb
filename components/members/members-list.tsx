import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { Pager } from '@/components/lists/pager';
import { ParamProblems } from '@/components/lists/param-problems';
import { memberPath } from '@/lib/routes';
import { hrefWith } from '@/lib/url-params';
import type { MemberRow } from '@/server/members';
import { ScrollTable } from '@/components/lists/scroll-table';

const HOUSES = { COMMONS: 'Commons', LORDS: 'Lords' } as const;
const n = (value: number) => value.toLocaleString('en-GB');

export interface MembersListProps {
  rows: MemberRow[];
  total: number;
  page: number;
  pageSize: number;
  filters: { q?: string; house?: 'commons' | 'lords' };
  problems: string[];
}

/** Members by surname with a name/seat search and a house filter (a plain GET form: works without JavaScript). */
export function MembersList({ rows, total, page, pageSize, filters, problems }: MembersListProps) {
  return (
    <>
      <h1>Members</h1>
      <p>Members of both Houses who have asked or answered written questions, attended meetings or been mentioned in coverage.</p>
      <ParamProblems problems={problems} />
      <form className="filters" action="/members" method="get" role="search" aria-label="Find members">
        <div className="filters__field">
          <label htmlFor="members-q">Name or constituency</label>
          <input id="members-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} />
        </div>
        <div className="filters__field">
          <label htmlFor="members-house">House</label>
          <select id="members-house" name="house" defaultValue={filters.house ?? ''}>
            <option value="">Both Houses</option>
            <option value="commons">Commons</option>
            <option value="lords">Lords</option>
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit">Show members</button>
          {filters.q || filters.house ? <Link href="/members">Clear</Link> : null}
        </div>
      </form>
      <p role="status">
        {n(total)} {total === 1 ? 'member' : 'members'}
        {filters.q ? ` matching “${filters.q}”` : ''}
      </p>
      {rows.length > 0 ? (
        <ScrollTable label={`Members, by surname`}>
          <table>
            <caption className="visually-hidden">Members, by surname</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Party</th>
                <th scope="col">House</th>
                <th scope="col">Constituency</th>
                <th scope="col" className="num">Questions asked</th>
                <th scope="col" className="num">Answers given</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.slug}>
                  <th scope="row">
                    <Link href={memberPath(m)}>{m.listName}</Link> {m.isDemo ? <DemoBadge /> : null}
                  </th>
                  <td>{m.party ?? (m.isDemo ? '—' : <span className="badge badge--unreported">Not reported</span>)}</td>
                  <td>{HOUSES[m.house]}</td>
                  <td>{m.constituency ?? (m.house === 'COMMONS' && !m.isDemo ? <span className="badge badge--unreported">Not reported</span> : '—')}</td>
                  <td className="num">{n(m.questionsAsked)}</td>
                  <td className="num">{n(m.answersGiven)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      <Pager page={page} pageSize={pageSize} total={total} label="Members pages" hrefFor={(p) => hrefWith('/members', { ...filters, page: p > 1 ? p : undefined })} />
    </>
  );
}
