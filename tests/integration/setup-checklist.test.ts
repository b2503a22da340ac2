// The first-setup checklist (issue 19) through the real dispatch on a real encrypted database: each
// item turns done only when its own setting is saved, comes back when undone, and nobody but the
// administrator may ask for it.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LETTERHEAD } from '../../common/letters/input';
import { setUpCore, type SetUpCore } from '../helpers/core';

describe('setup.checklist', () => {
  let desk: SetUpCore;
  const call: SetUpCore['call'] = (name, input, session) => desk.call(name, input, session);
  const checklist = () => call('setup.checklist', {});

  beforeAll(async () => {
    desk = await setUpCore();
  });
  afterAll(() => desk?.close());

  it('starts with every item open, even though the shipped letterhead names the company', async () => {
    expect(await checklist()).toEqual({
      letterhead: false,
      signatory: false,
      staff: false,
      sync: false,
      backups: false,
    });
  });

  it('the letterhead is done with a way to reply; the signatory needs kk and ru and an executor', async () => {
    await call('letters.letterhead.save', { ...DEFAULT_LETTERHEAD, phone: '+7 727 000 00 00' });
    expect(await checklist()).toMatchObject({ letterhead: true, signatory: false });
    const person = { name: 'Сейтқали А.Б.', position: 'Директор' };
    await call('letters.letterhead.save', {
      ...DEFAULT_LETTERHEAD,
      phone: '+7 727 000 00 00',
      signatory: { kk: person, ru: person, en: person },
    });
    // No executor yet: a letter could not be generated without typing one.
    expect(await checklist()).toMatchObject({ letterhead: true, signatory: false });
    await call('letters.letterhead.save', {
      ...DEFAULT_LETTERHEAD,
      email: 'office@example.kz',
      signatory: { kk: person, ru: person, en: person },
      executor: { name: 'Иванова Б.', phone: '+7 727 000 00 01' },
    });
    expect(await checklist()).toMatchObject({ letterhead: true, signatory: true });
  });

  it('staff needs an active clerk and an active officer', async () => {
    await call('users.create', {
      username: 'clerk',
      displayName: 'Клерк',
      role: 'clerk',
      password: 'clerk password 1',
    });
    expect((await checklist()).staff).toBe(false);
    await call('users.create', {
      username: 'officer',
      displayName: 'Офицер',
      role: 'officer',
      password: 'officer password 1',
    });
    expect((await checklist()).staff).toBe(true);
    await call('users.setDisabled', { username: 'officer', disabled: true });
    expect((await checklist()).staff).toBe(false);
    await call('users.setDisabled', { username: 'officer', disabled: false });
    expect((await checklist()).staff).toBe(true);
  });

  it('sync needs both the address and the token', async () => {
    await call('sync.configure', { centralUrl: 'https://central.example.kz' });
    expect((await checklist()).sync).toBe(false);
    await call('sync.configure', { token: 'desk-token-12345' });
    expect((await checklist()).sync).toBe(true);
  });

  it('backups need a folder and the schedule switched on', async () => {
    await call('backup.configure', { enabled: false, folder: path.join(desk.dir, 'b'), keep: 7, hour: 20 });
    expect((await checklist()).backups).toBe(false);
    await call('backup.configure', { enabled: true, folder: path.join(desk.dir, 'b'), keep: 7, hour: 20 });
    expect(await checklist()).toEqual({
      letterhead: true,
      signatory: true,
      staff: true,
      sync: true,
      backups: true,
    });
  });

  it('is the administrator’s alone', async () => {
    const { sessionToken } = await call('auth.login', { username: 'clerk', password: 'clerk password 1' });
    await call(
      'auth.changePassword',
      { current: 'clerk password 1', next: 'clerk password 1 own' },
      sessionToken,
    );
    await expect(call('setup.checklist', {}, sessionToken)).rejects.toThrow('setup.checklist: FORBIDDEN');
  });
});
