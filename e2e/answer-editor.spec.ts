import { expect, test, type Page } from '@playwright/test';
import { createTestQuestion, signIn, ukDaysAgo } from './fixtures/answer-records';
import { editor } from './fixtures/answer-form-steps';

// The rich-text editor on the staff answer form: loaded only there, usable without scripts and by keyboard.

test.describe('the rich-text editor', () => {
  test.describe.configure({ timeout: 120_000 });

  /** Every script a page loads (its own and those it imports later), by URL and body. */
  async function scriptsOf(page: Page, path: string, ready: () => Promise<void>) {
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
    });
    await page.goto(path);
    await ready();
    return Promise.all(bodies);
  }

  test('is loaded on the staff answer form only, never on the public question page', async ({ page }) => {
    const q = createTestQuestion(30);
    await signIn(page, 'editor');
    const isEditor = (js: string) => /ProseMirror|tiptap/i.test(js);
    // Even signed in as an editor, the question page (with its editor toolbars) ships no editor code.
    const questionPage = await scriptsOf(page, q.path, () => expect(page.getByRole('heading', { level: 1 })).toBeVisible());
    expect(questionPage.length).toBeGreaterThan(0);
    expect(questionPage.filter(isEditor)).toEqual([]);
    const form = await scriptsOf(page, `${q.path}/answers/new`, () => expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible());
    expect(form.some(isEditor)).toBe(true);
  });

  test('without scripts, the form offers a plain text box and still saves', async ({ browser }) => {
    const q = createTestQuestion(30);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, 'editor');
    await page.goto(`${q.path}/answers/new`);
    const text = page.getByRole('textbox', { name: 'Answer text' });
    await expect(text).toHaveJSProperty('tagName', 'TEXTAREA');
    await page.getByLabel('Date answered').fill(ukDaysAgo(4));
    await text.fill('First paragraph typed without scripts.\n\nSecond paragraph.');
    await page.getByRole('button', { name: 'Log answer' }).click();
    await expect(page).toHaveURL(/#answer-1$/);
    await expect(page.locator('#answer-1 .answer-html p')).toHaveText(['First paragraph typed without scripts.', 'Second paragraph.']);
    await context.close();
  });

  test('toolbar is one tab stop with arrow keys between labelled buttons, and formats the text', async ({ page }) => {
    const q = createTestQuestion(30);
    await signIn(page, 'editor');
    await page.goto(`${q.path}/answers/new`);
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await expect(toolbar).toBeVisible();
    await editor(page).click();
    await page.keyboard.type('Point one');
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    await expect(editor(page).locator('ul li')).toHaveText(['Point one']);
    await expect(toolbar.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute('aria-pressed', 'true');

    // Keyboard: the focused button is the only one in the tab order; arrows move along the toolbar.
    await toolbar.getByRole('button', { name: 'Bold' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
    await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('End');
    await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeFocused();

    await toolbar.getByRole('button', { name: 'Insert table' }).click();
    await expect(editor(page).locator('table tr')).toHaveCount(3);
    await expect(toolbar.getByRole('button', { name: 'Delete table' })).toBeVisible();
  });
});
