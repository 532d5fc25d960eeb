import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { dbTask } from './fixtures/e2e-db';
import { demoQuestion, unique } from './fixtures/meeting-coverage-steps';
import { signIn } from './fixtures/staff';

// Editors importing a GOV.UK ministers' meetings release through the upload form: preview, import, find the meeting,
// cite it from an answer form's picker. The file is made here, with a demo minister and organisations unique to the run.
test.describe.configure({ timeout: 120_000 });

/** A demo minister in post today who already attends meetings (so no spec looking for a member without meetings is disturbed). */
function demoMinister(): { name: string; slug: string; department: string; departmentName: string } {
  return dbTask('meetingMinister');
}

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, department?: string, quarter?: string) {
  await page.getByLabel('CSV file').setInputFiles(file);
  if (department) await page.getByLabel('Department').selectOption({ label: department });
  if (quarter) await page.getByLabel('Quarter').fill(quarter);
  await page.getByRole('button', { name: 'Preview' }).click();
}

test.describe('meetings import', () => {
  test('an editor previews a release, imports it, finds the meeting and can cite it; the same file again adds nothing', async ({ page }) => {
    const minister = demoMinister();
    const org = unique('Fixture Industries');
    const monthOrg = unique('Fixture Ports');
    const csv = [
      'Minister,Date,Name of organisation or individual,Purpose of meeting²',
      `Rt Hon ${minister.name} MP,07/10/2026,${org},Supply chains (fixture)`,
      `,October,${monthOrg},General discussion`,
      'Lord Nil Fixture,Nil return,,',
      'Unknown Fixture Person MP,08/10/2026,Fixture Org,Not a member',
      `${minister.name},31/02/2026,${org},Not a date`,
      '',
    ].join('\r\n');
    const file = csvFile('fixture-ministers-meetings-october-to-december-2026.csv', csv);

    await signIn(page, 'editor');
    await page.goto('/meetings');
    await page.getByRole('link', { name: 'Import from a GOV.UK release' }).click();
    await expect(page).toHaveURL('/meetings/import');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import ministers’ meetings');
    await expectNoAxeViolations(page);

    await upload(page, file, minister.departmentName, '2026-Q4');
    const preview = page.getByRole('region', { name: /^Preview of/ });
    await expect(preview.getByText('2 meetings to create')).toBeVisible();
    const toCreate = preview.getByRole('table', { name: 'Meetings to create' });
    await expect(toCreate.getByRole('row', { name: new RegExp(`^2 7 Oct(ober)? 2026 ${minister.name}`) })).toBeVisible();
    await expect(toCreate.getByRole('row').filter({ hasText: monthOrg })).toContainText('October 2026');
    await expect(toCreate.getByRole('row').filter({ hasText: monthOrg })).toContainText('from the row above');
    await expect(preview.getByRole('table', { name: /Ministers not matched/ })).toContainText('Unknown Fixture Person MP');
    await expect(preview.getByRole('table', { name: /Rejected rows/ }).getByRole('row', { name: /^6 / })).toContainText('“31/02/2026” is not a date');
    await expect(preview.getByText('Skipped rows (1)')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Import 2 meetings' }).click();
    await expect(page.getByText('Imported 2 meetings.')).toBeVisible();
    await expectNoAxeViolations(page);

    // An ordinary meeting: listed, with the minister and the organisation, and offered by the answer form's picker.
    await page.goto(`/meetings?q=${encodeURIComponent(org)}`);
    await page.getByRole('table').getByRole('link', { name: new RegExp(org) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${org}: Supply chains (fixture)`);
    const participants = page.getByRole('region', { name: 'Participants', exact: true });
    await expect(participants.getByRole('link', { name: minister.name })).toBeVisible();
    await expect(participants).toContainText(org);
    await expect(participants).not.toContainText('Name not reported'); // an organisation is named by its name
    await page.goto(`/meetings?q=${encodeURIComponent(monthOrg)}`);
    await expect(page.getByRole('table').getByRole('row').filter({ hasText: monthOrg })).toContainText('Oct 2026');

    await page.goto(`${demoQuestion(9).path}/answers/new`);
    await page.getByRole('combobox', { name: 'Meetings cited', exact: true }).fill(org);
    await expect(page.getByRole('option', { name: new RegExp(org) })).toBeVisible();

    // The same file again: nothing to create, both found as already imported.
    await page.goto('/meetings/import');
    await upload(page, file, minister.departmentName, '2026-Q4');
    await expect(page.getByText('0 meetings to create')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Already imported (not created again)' }).getByRole('row')).toHaveCount(3);
    await expect(page.getByText('Nothing to import from this file.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  });

  test('a file that is not a release, and one too large, are refused with a message', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/meetings/import');
    await upload(page, csvFile('contacts.csv', 'Name,Email\nSomeone,someone@example.org\n'));
    await expect(page.getByText('No header row with a Minister and a Date column')).toBeVisible();
    await expect(page.getByLabel('CSV file')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await upload(page, { name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(1_100_000, 'a') });
    await expect(page.getByText('“huge.csv” is larger than 1 MB')).toBeVisible();
  });

  test('a viewer cannot reach the import page, and is not offered it', async ({ page }) => {
    await signIn(page, 'viewer');
    const response = await page.goto('/meetings/import');
    expect(response?.status()).toBe(403);
    await page.goto('/meetings');
    await expect(page.getByRole('link', { name: 'Import from a GOV.UK release' })).toHaveCount(0);
  });
});
