import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { createTestMeeting, createTestQuestion, demoDefenceMinister, signIn, ukDaysAgo, uniqueWord } from './fixtures/answer-records';
import { chooseMember, editor, logAnswer, openAnswerForm, paste, typeAnswer } from './fixtures/answer-form-steps';

// Staff log answer versions (holding → substantive → correction), correct what they logged, and cite
// meetings from either end. Each test makes its own question (and meeting), so tests run in parallel.

test.describe('answer versions', () => {
  // Each test saves several versions through the real forms; the shared test machine can be slow.
  test.describe.configure({ timeout: 120_000 });

  test('holding then substantive answer, a correction and an edit: page, timeline, search and status follow', async ({ page }) => {
    const q = createTestQuestion(30);
    const word = uniqueWord('zephyr');
    await signIn(page, 'editor');

    await logAnswer(page, q, 'holding', 25, 'I will reply to the honourable Member as soon as possible.');
    await expect(page.locator('.status--holding').first()).toBeVisible();
    await expect(page.locator('#answer-1')).toContainText('Holding answer');

    await logAnswer(page, q, 'substantive', 20, `The Department is working with allies on ${word} production.`);
    const answers = page.getByRole('region', { name: 'Answers (2 versions)' });
    await expect(answers.locator('#answer-1 h3')).toContainText('Holding answer');
    await expect(answers.locator('#answer-2 h3')).toContainText('Answer');
    await expect(answers.locator('#answer-2')).toContainText(`${word} production`);
    await expect(page.locator('.status--answered').first()).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline).toContainText(`Holding answer from ${demoDefenceMinister().name}`);
    await expect(timeline).toContainText(`Answered by ${demoDefenceMinister().name}`);

    await page.goto(`/questions?q=${word}`);
    await expect(page.getByRole('link', { name: q.heading })).toBeVisible();

    await logAnswer(page, q, 'correction', 10, `Correction: the Department is working with allies on ${word} procurement.`);
    await expect(page.locator('.status--corrected').first()).toBeVisible();
    await expect(page.locator('#answer-3 h3')).toContainText('Corrected answer');

    // Fix a typo in version 2 through its edit page (reached from the version's editor toolbar).
    await page.locator('#answer-2').getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit answer version 2' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Answer', exact: true })).toBeChecked();
    await expect(editor(page)).toContainText(`${word} production`);
    await editor(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Edited.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page).toHaveURL(/#answer-2$/);
    await expect(page.locator('#answer-2')).toContainText('production. Edited.');
    await expect(page.getByRole('region', { name: 'Answers (3 versions)' })).toBeVisible();
  });

  test('text pasted from Word keeps its paragraphs, list and table, without Word’s markup', async ({ page }) => {
    const q = createTestQuestion(30);
    await signIn(page, 'editor');
    await openAnswerForm(page, q, 'substantive');
    await chooseMember(page, demoDefenceMinister().name);
    await page.getByLabel('Date answered').fill(ukDaysAgo(5));
    await paste(
      page,
      `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment-->
<p class=MsoNormal style='mso-margin-top-alt:auto'><span lang=EN-GB style='font-size:11.0pt'>Spending by year is set out below.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Training<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Equipment<o:p></o:p></p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>Year</b><o:p></o:p></p></td><td><p class=MsoNormal><b>£m</b></p></td></tr><tr><td><p class=MsoNormal>2024</p></td><td><p class=MsoNormal>12</p></td></tr></table>
<!--EndFragment--></body></html>`,
    );
    await expect(editor(page).locator('ul li')).toHaveCount(2);
    await expect(editor(page).locator('table')).toBeVisible();
    await page.getByRole('button', { name: 'Log answer' }).click();
    await expect(page).toHaveURL(/#answer-1$/);

    const body = page.locator('#answer-1 .answer-html');
    await expect(body.locator('p').first()).toHaveText('Spending by year is set out below.');
    await expect(body.locator('ul > li')).toHaveText(['Training', 'Equipment']);
    await expect(body.locator('table tr')).toHaveCount(2);
    await expect(body.locator('table')).toContainText('2024');
    const html = await body.innerHTML();
    expect(html).not.toMatch(/Mso|mso-|o:p|style=|class=|·/);
  });

  test('field errors say what is wrong and keep everything typed, the rich text included; axe passes', async ({ page }) => {
    const q = createTestQuestion(30);
    await signIn(page, 'editor');
    await openAnswerForm(page, q, 'correction');
    await expectNoAxeViolations(page);

    await chooseMember(page, demoDefenceMinister().name);
    await page.getByLabel('Date answered').fill(ukDaysAgo(40));
    await typeAnswer(page, 'A correction with nothing to correct.');
    await page.getByRole('button', { name: 'Add an attachment' }).click();
    await page.getByLabel('Title of attachment 1').fill('Figures');
    await page.getByLabel('Web address of attachment 1').fill('javascript:alert(1)');
    await page.getByLabel('Size of attachment 1').fill('245 KB');
    await page.getByRole('button', { name: 'Log answer' }).click();

    // The address is checked with the form's fields first; everything typed comes back.
    await expect(page.getByText('Check the highlighted fields: nothing was saved.')).toBeVisible();
    await expect(page.getByText('Web address must be a full address starting with http:// or https://')).toBeVisible();
    await expect(page.getByLabel('Web address of attachment 1')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('radio', { name: 'Correction' })).toBeChecked();
    await expect(page.getByLabel('Date answered')).toHaveValue(ukDaysAgo(40));
    await expect(editor(page)).toHaveText('A correction with nothing to correct.');
    await expect(page.getByLabel('Title of attachment 1')).toHaveValue('Figures');
    await expect(page.getByLabel('Web address of attachment 1')).toHaveValue('javascript:alert(1)');
    await expect(page.getByLabel('Size of attachment 1')).toHaveValue('245 KB');
    await expect(page.getByRole('list', { name: 'Chosen: answering member' })).toContainText(demoDefenceMinister().name);
    await expectNoAxeViolations(page);

    // Then the rules that need the question: a correction needs an answer to correct; not before tabling.
    await page.getByLabel('Web address of attachment 1').fill('https://example.gov.uk/figures.pdf');
    await page.getByRole('button', { name: 'Log answer' }).click();
    await expect(page.getByText(/A correction corrects an earlier answer/)).toBeVisible();
    await expect(page.getByText(/Date answered cannot be before the question was tabled/)).toBeVisible();
    await expect(page.getByLabel('Date answered')).toHaveAttribute('aria-invalid', 'true');
    await expect(editor(page)).toHaveText('A correction with nothing to correct.');
    await expect(page.getByLabel('Web address of attachment 1')).toHaveValue('https://example.gov.uk/figures.pdf');
    await expect(page.getByLabel('Size of attachment 1')).toHaveValue('245 KB');
    await expectNoAxeViolations(page);

    // Corrected, the same form saves.
    await page.getByRole('radio', { name: 'Answer', exact: true }).check();
    await page.getByLabel('Date answered').fill(ukDaysAgo(3));
    await page.getByRole('button', { name: 'Log answer' }).click();
    await expect(page).toHaveURL(/#answer-1$/);
    await expect(page.locator('#answer-1').getByRole('link', { name: 'Figures' })).toHaveAttribute('href', 'https://example.gov.uk/figures.pdf');
    await expect(page.locator('#answer-1')).toContainText('245 kB');
  });

  test('a holding answer after the answer is refused with an explanation', async ({ page }) => {
    const q = createTestQuestion(30);
    await signIn(page, 'editor');
    await logAnswer(page, q, 'substantive', 10, 'The answer.');
    await openAnswerForm(page, q, 'holding');
    await chooseMember(page, demoDefenceMinister().name);
    await page.getByLabel('Date answered').fill(ukDaysAgo(5));
    await typeAnswer(page, 'Holding too late.');
    await page.getByRole('button', { name: 'Log answer' }).click();
    await expect(page.getByText(/A holding answer promises a full answer, but this question was already answered/)).toBeVisible();
    await expect(editor(page)).toHaveText('Holding too late.');
  });

  test('a save made after someone else’s is refused, showing their version', async ({ browser }) => {
    const q = createTestQuestion(30);
    const first = await browser.newPage();
    await signIn(first, 'editor');
    await logAnswer(first, q, 'substantive', 10, 'Original wording.');
    const second = await browser.newPage();
    await signIn(second, 'editor2');

    await first.goto(`${q.path}/answers/1/edit`);
    await second.goto(`${q.path}/answers/1/edit`);
    await expect(first.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
    await expect(second.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();

    await editor(first).click();
    await first.keyboard.press('End');
    await first.keyboard.type(' First editor.');
    await first.getByRole('button', { name: 'Save changes' }).click();
    await expect(first).toHaveURL(/#answer-1$/);

    await editor(second).click();
    await second.keyboard.press('End');
    await second.keyboard.type(' Second editor.');
    await second.getByRole('button', { name: 'Save changes' }).click();
    await expect(second.getByText(/Not saved: .* saved a newer version/)).toBeVisible();
    await expect(second.getByText('Original wording. First editor.')).toBeVisible();
    await expect(editor(second)).toHaveText('Original wording. Second editor.');

    await second.goto(q.path);
    await expect(second.locator('#answer-1')).toContainText('First editor.');
    await expect(second.locator('#answer-1')).not.toContainText('Second editor.');
    await first.close();
    await second.close();
  });

  test('script in the rich text and the attachment title is stored inert', async ({ page }) => {
    const q = createTestQuestion(30);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, 'editor');
    await openAnswerForm(page, q, 'substantive');
    await chooseMember(page, demoDefenceMinister().name);
    await page.getByLabel('Date answered').fill(ukDaysAgo(2));
    await typeAnswer(page, 'Visible answer.');
    const payload =
      '<p>Safe text</p><script>window.__xss=1;alert(1)</script><img src=x onerror="window.__xss=2;alert(2)">' +
      '<a href="javascript:alert(3)">bad link</a><svg><script>alert(4)</script></svg><p onclick="alert(5)">click</p>' +
      '<table><tr><td><b>unclosed<i>markup</td></tr><iframe src="javascript:alert(6)"></iframe><ul><li>item<li>item2';
    // A hostile client need not use the editor: send the payload as the submitted HTML itself.
    await page.evaluate((html) => {
      const input = document.querySelector<HTMLInputElement>('input[name="html"]')!;
      input.value = html;
    }, payload);
    await page.getByRole('button', { name: 'Add an attachment' }).click();
    await page.getByLabel('Title of attachment 1').fill('<img src=x onerror="alert(7)">Figures');
    await page.getByLabel('Web address of attachment 1').fill('https://example.gov.uk/"><script>alert(8)</script>');
    await page.getByRole('button', { name: 'Log answer' }).click();
    await expect(page).toHaveURL(/#answer-1$/);

    const body = page.locator('#answer-1 .answer-html');
    await expect(body).toContainText('Safe text');
    expect(await body.locator('script, img, svg, iframe, [onclick], [onerror]').count()).toBe(0);
    expect(await body.locator('a[href^="javascript"]').count()).toBe(0);
    await expect(page.locator('#answer-1').getByRole('link', { name: '<img src=x onerror="alert(7)">Figures' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test('a meeting is cited from the answer and from the meeting’s page, and unlinked', async ({ page }) => {
    const q = createTestQuestion(30);
    const meeting = createTestMeeting(20);
    await signIn(page, 'editor');
    await logAnswer(page, q, 'substantive', 10, 'The Minister met her counterpart.');

    // From the answer: the version's editor toolbar.
    const version = page.locator('#answer-1');
    await version.getByText('Cite a meeting').click();
    await version.getByRole('combobox', { name: 'Meeting' }).fill(meeting.title);
    await page.getByRole('option', { name: new RegExp(meeting.title) }).click();
    await version.getByRole('button', { name: 'Cite this meeting' }).click();
    await expect(version.getByText(`Cites: ${meeting.title}`)).toBeVisible();
    await expect(page.getByRole('region', { name: /Meetings cited/ })).toContainText(meeting.title);

    // The meeting's page lists the answer; unlink it from there.
    await page.goto(`/meetings/${meeting.id}`);
    await expect(page.getByRole('region', { name: 'Answers that cite this meeting' })).toContainText(q.heading);
    const links = page.getByRole('region', { name: 'Link an answer to this meeting' });
    await links.getByRole('button', { name: /Unlink/ }).click();
    await expect(page.getByRole('region', { name: 'Answers that cite this meeting' })).toContainText('No answer recorded here cites this meeting.');

    // Link it again from the meeting's end: the question, then its version.
    await links.getByRole('combobox', { name: 'Question' }).fill(q.uin);
    await page.getByRole('option', { name: new RegExp(q.uin) }).click();
    await expect(links.getByLabel('Answer version')).toContainText('1. Answer of');
    await expectNoAxeViolations(page);
    await links.getByRole('button', { name: 'Link this answer' }).click();
    await expect(page.getByRole('region', { name: 'Answers that cite this meeting' })).toContainText(q.heading);

    await page.goto(q.path);
    await expect(page.locator('#answer-1').getByText(`Cites: ${meeting.title}`)).toBeVisible();
    await page.locator('#answer-1').getByRole('button', { name: /Unlink/ }).click();
    await expect(page.locator('#answer-1').getByText(`Cites: ${meeting.title}`)).toHaveCount(0);
  });

  test('readers see no answer controls and cannot open the forms', async ({ page }) => {
    const q = createTestQuestion(30);
    await page.goto(`/questions/commons/2025-03-13/DEMO-0001`);
    await expect(page.getByText('Cite a meeting')).toHaveCount(0);
    const response = await page.goto(`${q.path}/answers/new`);
    expect(response?.status()).toBe(401);
    await signIn(page, 'viewer');
    expect((await page.goto(`${q.path}/answers/new`))?.status()).toBe(403);
  });
});
