// Settings → This computer for the administrator in the headless shell: where the data lives, the
// log folder's path (the desktop app opens it in Explorer instead), and updates that only the
// desktop app installs. A clerk neither sees the section nor may call it.
import type { Page } from '@playwright/test';
import path from 'node:path';
import { expect, test } from './fixtures';

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Главное меню' });
}

test('the administrator sees this computer’s data and log folders; a clerk is refused', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await nav(page).getByRole('link', { name: 'Настройки' }).click();
  const section = page.getByTestId('machine-section');
  await expect(section.getByRole('heading', { name: 'Этот компьютер' })).toBeVisible();
  await expect(section).toContainText(path.dirname(desk.dbFile));
  await expect(page.getByTestId('migration-attention')).toHaveCount(0);

  await section.getByRole('button', { name: 'Открыть папку журналов' }).click();
  await expect(page.getByTestId('log-path')).toContainText(path.join(path.dirname(desk.dbFile), 'logs'));

  await section.getByRole('button', { name: 'Проверить обновления' }).click();
  await expect(page.getByTestId('update-result')).toContainText('ИТ-администратор');

  const clerk = await desk.createUser('clerk');
  const session = await desk.login(clerk.username, clerk.password);
  for (const name of ['machine.status', 'machine.openLogFolder', 'machine.checkForUpdates'])
    expect((await desk.call(name, {}, session)).error?.code, name).toBe('FORBIDDEN');
});
