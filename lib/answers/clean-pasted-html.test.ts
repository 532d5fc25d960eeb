import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './clean-pasted-html';

const parser = new DOMParser() as unknown as { parseFromString(html: string, type: 'text/html'): Document };
// Layout whitespace between tags and the <tbody> browsers add (linkedom does not) are not what is tested.
const clean = (html: string) => cleanPastedHtml(html, parser).replace(/>\s+</g, '><').replace(/<\/?tbody>/g, '').trim();

// What Word puts on the clipboard (trimmed): namespaces, a <style> block, MsoNormal paragraphs, list
// paragraphs with their markers, a table, <o:p> and smart tags.
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
<p class=MsoNormal style='mso-margin-top-alt:auto'><span lang=EN-GB style='font-size:11.0pt'>The Department spent <b>£5m</b> in <st1:place>London</st1:place>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span>Training<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span>Equipment<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span>First step</p>
<p class=MsoListParagraph style='mso-list:l1 level2 lfo2'><span style='mso-list:Ignore'>a.<span>&nbsp;&nbsp; </span></span>Sub-step</p>
<table class=MsoTableGrid border=1 cellspacing=0 style='border-collapse:collapse'><tr><td width=200 style='border:solid windowtext 1.0pt'><p class=MsoNormal>Year<o:p></o:p></p></td><td colspan=2><p class=MsoNormal>Total</p></td></tr></table>
</body></html>`;

describe('cleanPastedHtml', () => {
  it('turns a Word document into paragraphs, real lists and a table, dropping Word’s markup', () => {
    expect(clean(WORD)).toBe(
      '<p>The Department spent <b>£5m</b> in London.</p>' +
        '<ul><li>Training</li><li>Equipment</li></ul>' +
        '<ol><li>First step<ol><li>Sub-step</li></ol></li></ol>' +
        '<table><tr><td><p>Year</p></td><td colspan="2"><p>Total</p></td></tr></table>',
    );
  });

  it('finds list markers between conditional comments, as browsers keep them', () => {
    const html = `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span>·<span>&nbsp;&nbsp; </span></span><!--[endif]-->Only item<o:p></o:p></p>`;
    expect(clean(html)).toBe('<ul><li>Only item</li></ul>');
  });

  it('leaves HTML from Parliament’s site as it is', () => {
    const html = '<p>The figures are:</p><ul><li>2024: 12</li></ul><table><tbody><tr><th>Year</th></tr></tbody></table>';
    expect(cleanPastedHtml(html, parser)).toBe(html);
  });
});
