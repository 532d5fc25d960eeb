import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '@/lib/timeline/types';
import { Timeline } from './timeline';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const events: TimelineEvent[] = [
  { id: 'a', kind: 'answered', date: d('2025-03-20'), title: 'Answered by Maria Eagle', href: '/questions/commons/2025-03-13/1#answer-1', detail: 'answered 7 days after tabling, on the due date' },
  { id: 't', kind: 'tabled', date: d('2025-03-13'), title: 'Tabled by Edward Morello', dateUnreported: true },
  { id: 'm', kind: 'meeting', date: d('2025-03-11'), title: 'Meeting in Paris', href: '/meetings/1', isDemo: true },
  { id: 'c', kind: 'coverage', date: d('2025-03-20'), title: 'Article', href: 'https://example.org/a' },
];

// Parse the markup the way a browser would, then read it as assistive technology would.
function render(props: Partial<React.ComponentProps<typeof Timeline>> = {}) {
  const html = renderToStaticMarkup(<Timeline events={events} label="Timeline of question 1" {...props} />);
  const items = [...html.matchAll(/<li [^>]*id="([^"]+)"[^>]*>(.*?)<\/li>/g)].map(([, id, body]) => ({ id, body: body!, text: body!.replace(/<[^>]+>/g, '') }));
  return { html, items };
}

describe('Timeline', () => {
  it('is one ordered list named for assistive technology, sorted by date then story order', () => {
    const { html, items } = render();
    expect(html.startsWith('<ol')).toBe(true);
    expect(html).toContain('aria-label="Timeline of question 1"');
    expect(items.map((i) => i.id)).toEqual(['event-m', 'event-t', 'event-a', 'event-c']);
  });

  it('gives each item a machine-readable date, its kind in words, and the days since the previous one', () => {
    const { items } = render();
    expect(items[0]!.body).toContain('<time dateTime="2025-03-11">11 March 2025</time>');
    expect(items[0]!.text).toMatch(/^Meeting · 11 March 2025Demo dataMeeting in Paris$/);
    expect(items[1]!.text).toMatch(/^2 days laterTabled · 13 March 2025Date not reported: placeholderTabled by Edward Morello$/);
    expect(items[2]!.text).toContain('7 days later');
    expect(items[3]!.text.startsWith('Same day')).toBe(true);
    expect(items[2]!.text).toContain('Answered 7 days after tabling, on the due date');
  });

  it('links titles that have a page and leaves the rest as text; icons are hidden from assistive technology', () => {
    const { items } = render();
    expect(items[0]!.body).toContain('<a href="/meetings/1">Meeting in Paris</a>');
    expect(items[1]!.body).not.toContain('<a ');
    expect(items[3]!.body).toContain('<a href="https://example.org/a">Article</a>');
    expect(items.every((i) => /<span[^>]*aria-hidden="true"[^>]*><svg/.test(i.body))).toBe(true);
  });

  it('can run newest first, with gaps counted backwards', () => {
    const { items } = render({ newestFirst: true });
    expect(items.map((i) => i.id)).toEqual(['event-c', 'event-a', 'event-t', 'event-m']);
    expect(items[1]!.text.startsWith('Same day')).toBe(true);
    expect(items[2]!.text.startsWith('7 days earlier')).toBe(true);
  });

  it('can drop the gaps, prefix ids, and says so when there is nothing to show', () => {
    const { items } = render({ showGaps: false, idPrefix: 'topic' });
    expect(items.map((i) => i.id)[0]).toBe('topic-m');
    expect(items.some((i) => i.text.includes('later'))).toBe(false);
    expect(render({ events: [], emptyText: 'No events for this topic yet.' }).html).toBe('<p class="muted">No events for this topic yet.</p>');
  });
});
