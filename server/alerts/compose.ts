/**
 * The text of alert emails: a plain-text part and an HTML part saying the same, every value escaped in
 * the HTML (headings and names come from Parliament and from staff), and an unsubscribe link in both.
 */
import type { DescribedEvent } from './describe';

export interface AlertItem extends DescribedEvent {
  url: string;
  /** Why the reader gets it: "You follow Ministry of Defence". */
  because: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Subjects are one line: no control characters, at most 150 characters. */
const oneLine = (value: string) => {
  const flat = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > 150 ? `${flat.slice(0, 149)}…` : flat;
};

export function composeAlert(items: AlertItem[], options: { digestDate?: string; manageUrl: string; unsubscribeUrl: string; unsubscribeWhat: string }): ComposedMail {
  const subject = options.digestDate
    ? oneLine(`Answerable daily digest, ${options.digestDate}: ${items.length} update${items.length === 1 ? '' : 's'}`)
    : oneLine(`${items[0]!.what}: ${items[0]!.heading}`);
  const text = [
    options.digestDate ? `Your Answerable digest for ${options.digestDate}` : 'An update on something you follow on Answerable',
    '',
    ...items.flatMap((i) => [`${i.what}`, `${i.heading}`, `${i.label}`, `${i.url}`, `(${i.because})`, '']),
    '--',
    `Manage your alerts: ${options.manageUrl}`,
    `Stop ${options.unsubscribeWhat}: ${options.unsubscribeUrl}`,
    '',
  ].join('\n');
  const rows = items
    .map(
      (i) => `<li style="margin:0 0 1em">
<strong>${escapeHtml(i.what)}</strong><br>
<a href="${escapeHtml(i.url)}">${escapeHtml(i.heading)}</a><br>
<span style="color:#555">${escapeHtml(i.label)}</span><br>
<small style="color:#555">${escapeHtml(i.because)}</small>
</li>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.4;color:#1a1a1a">
<p>${escapeHtml(options.digestDate ? `Your Answerable digest for ${options.digestDate}` : 'An update on something you follow on Answerable')}</p>
<ul style="padding-left:1.2em">
${rows}
</ul>
<hr>
<p><small><a href="${escapeHtml(options.manageUrl)}">Manage your alerts</a> · <a href="${escapeHtml(options.unsubscribeUrl)}">Stop ${escapeHtml(options.unsubscribeWhat)}</a></small></p>
</body></html>
`;
  return { subject, text, html };
}
