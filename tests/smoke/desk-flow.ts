// The office's first day, driven in the window as a person would, for the installed-app smoke test
// (Electron on Windows, attached over CDP) and for its rehearsal in the e2e suite (the headless
// shell on this machine: tests/e2e/installed-flow.spec.ts), so every selector here is proven
// before the Windows runner ever sees it. Calls that set up a request go through window.api, which
// in the desktop app is the real preload and IPC.
import { expect, type Page } from '@playwright/test';
import { canvasPixels, tinyPdf } from '../helpers/pdf';

export const SMOKE_ADMIN = {
  username: 'admin',
  displayName: 'Әсел Әкімші',
  password: 'correct horse battery',
};

const WITHDRAWER = {
  name: 'Айгерім Сейтқали',
  iin: '900115300122',
  address: 'Алматы қ., Абай даңғылы 10, 25 пәтер',
};

/** window.api.invoke from the page (the preload's IPC in Electron, the HTTP bridge in the headless shell). */
export async function invoke<T>(page: Page, name: string, input: unknown, session?: string): Promise<T> {
  const r = await page.evaluate(
    ([n, i, s]) => window.api!.invoke(n as never, i as never, s as string | undefined),
    [name, input, session] as const,
  );
  if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** First run: the administrator's form, the recovery key acknowledged, the dashboard. */
export async function createAdministrator(page: Page): Promise<void> {
  await expect(page.getByTestId('screen-setup')).toBeVisible();
  await page.getByLabel('Имя пользователя', { exact: true }).fill(SMOKE_ADMIN.username);
  await page.getByLabel('ФИО', { exact: true }).fill(SMOKE_ADMIN.displayName);
  await page.getByLabel('Пароль', { exact: true }).fill(SMOKE_ADMIN.password);
  await page.getByLabel('Повторите пароль', { exact: true }).fill(SMOKE_ADMIN.password);
  await page.getByRole('button', { name: 'Создать базу данных' }).click();
  const key = page.getByTestId('recovery-key');
  await expect(key).toHaveText(/^([0-9A-F]{4}-){16}[0-9A-F]{4}$/);
  await page.getByLabel('Я записал(а) или распечатал(а) ключ восстановления').check();
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
}

/** The sign-in form after a restart: the database was reopened with the unsealed key. */
export async function signIn(page: Page): Promise<void> {
  const form = page.getByTestId('screen-signin');
  await expect(form).toBeVisible();
  await form.getByLabel('Имя пользователя').fill(SMOKE_ADMIN.username);
  const password = form.getByLabel('Пароль');
  await password.fill(SMOKE_ADMIN.password);
  await password.press('Enter');
  await expect(page.getByTestId('signed-in-user')).toContainText(SMOKE_ADMIN.displayName);
}

/** Goes to a screen of the app by its address fragment, as the sidebar's links do. */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

/** Registers an incoming letter (a withdrawal of consent) and makes it a decided request. */
export async function registerDecidedWithdrawal(
  page: Page,
): Promise<{ incomingNo: string; letterId: number; requestId: string; session: string }> {
  const s = (
    await invoke<{ sessionToken: string }>(page, 'auth.login', {
      username: SMOKE_ADMIN.username,
      password: SMOKE_ADMIN.password,
    })
  ).sessionToken;
  await invoke(page, 'letters.letterhead.save', await letterhead(page, s), s);
  const letter = await invoke<{ id: number; incomingNo: string }>(
    page,
    'intake.create',
    {
      channel: 'registered_mail',
      trackingNumber: 'RR123456785KZ',
      sender: { kind: 'person', ...WITHDRAWER },
      documentType: 'withdrawal',
      language: 'kk',
      summary: 'Дербес деректерді өңдеуге келісімді кері қайтарып алу туралы өтініш',
      sheets: 1,
    },
    s,
  );
  const request = await invoke<{ id: string }>(
    page,
    'requests.open',
    {
      type: 'withdrawal',
      letters: [letter.incomingNo],
      requesterRole: 'subject',
      subject: { ...WITHDRAWER, accountId: 'acc-700115' },
    },
    s,
  );
  const verification = {
    method: 'document',
    documentType: 'id_card',
    numberLast4: '4821',
    issuer: 'ҚР ІІМ',
    issuedOn: '2019-05-14',
  };
  await invoke(page, 'requests.verify', { id: request.id, verification }, s);
  const decision = { type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false };
  await invoke(page, 'requests.decide', { id: request.id, decision }, s);
  await goTo(page, '#/incoming');
  await expect(page.locator('main[data-page="incoming"]').getByText(letter.incomingNo)).toBeVisible();
  return { incomingNo: letter.incomingNo, letterId: letter.id, requestId: request.id, session: s };
}

/**
 * A two-page scan attached to the letter and shown on its record: pdf.js draws it on a canvas (its
 * worker from the app's own origin under the CSP), and the next page draws other pixels.
 */
export async function previewScan(page: Page, session: string, letterId: number): Promise<void> {
  const dataBase64 = tinyPdf(2).toString('base64');
  await invoke(
    page,
    'scans.add',
    { register: 'incoming', letterId, fileName: 'scan.pdf', dataBase64, kind: 'letter' },
    session,
  );
  await goTo(page, `#/incoming/${letterId}`);
  const viewer = page.getByTestId('scan-panel').getByTestId('pdf-viewer');
  const canvas = viewer.getByTestId('pdf-canvas');
  await expect(viewer.getByTestId('pdf-page')).toHaveText('Страница 1 из 2');
  await expect(canvas).not.toHaveAttribute('data-rendered', '0');
  const first = await canvasPixels(canvas);
  expect(first.inked).toBeGreaterThan(500);
  await viewer.getByRole('button', { name: 'Следующая страница' }).click();
  await expect(viewer.getByTestId('pdf-page')).toHaveText('Страница 2 из 2');
  await expect.poll(async () => (await canvasPixels(canvas)).digest).not.toBe(first.digest);
}

/** The shipped letterhead with a signatory and an executor, which a reply letter needs. */
async function letterhead(page: Page, s: string): Promise<unknown> {
  const current = await invoke<Record<string, unknown>>(page, 'letters.letterhead.get', {}, s);
  return {
    ...current,
    signatory: {
      kk: { name: 'Д. Серікбаев', position: 'Дербес деректерді өңдеуге жауапты тұлға' },
      ru: { name: 'Д. Серикбаев', position: 'Лицо, ответственное за обработку персональных данных' },
      en: { name: 'D. Serikbayev', position: 'Person responsible for personal data processing' },
    },
    executor: { name: 'А. Нұрланова', phone: '+7 727 355 00 01' },
  };
}

/**
 * On the request screen: generates the reply letter (its Исх. №, the DOCX made by the packaged
 * core) and presses Save as; `save` says how this shell delivers the file.
 */
export async function generateReply(
  page: Page,
  requestId: string,
  save: (click: () => Promise<void>) => Promise<void>,
): Promise<string> {
  await goTo(page, `#/requests/${encodeURIComponent(requestId)}`);
  const card = page.getByTestId('request-reply-letters');
  await card.getByTestId('letter-generate-form').getByTestId('letter-generate').click();
  await expect(card.getByTestId('letter-generated')).toContainText(/ИСХ-\d{4}-\d{6}/);
  const outgoingNo = /ИСХ-\d{4}-\d{6}/.exec(
    (await card.getByTestId('letter-generated').textContent()) ?? '',
  )![0];
  // The letter prints the number without the register's prefix, after its own «Шығ. №» / «Исх. №».
  await expect(card.getByTestId('letter-preview-panel').getByTestId('letter-outgoing-no')).toContainText(
    outgoingNo.replace(/^ИСХ-/, ''),
  );
  const row = card.getByTestId('request-letter').filter({ hasText: outgoingNo });
  await save(() => row.getByTestId('letter-save-as').click());
  return outgoingNo;
}
