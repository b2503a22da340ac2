// Mailroom settings: register number formats and the scan size limit (administrator only).
import type { MailroomSettings, SettingsSetParsed } from '../../common/contract/mailroom';
import { almatyParts } from '../../common/time/almaty';
import { parseNumberFormat } from '../../common/mailroom/number-format';
import { SCAN_MAX_BYTES_CEILING, SCAN_MIN_BYTES_SETTING } from '../../common/mailroom/scan-files';
import { SETTING_KEYS } from './sql/settings';
import { putSetting } from '../sql/settings';
import type { DB, Server } from '../sql/server';
import { Issues } from './checks';
import { numberFormat, previewNextNumber } from './numbering';
import { scanMaxBytes } from './scans';

export function getMailroomSettings(db: DB, now: Date): MailroomSettings {
  const year = almatyParts(now).year;
  return {
    incomingNumberFormat: numberFormat(db, 'incoming'),
    outgoingNumberFormat: numberFormat(db, 'outgoing'),
    scanMaxBytes: scanMaxBytes(db),
    preview: {
      incoming: previewNextNumber(db, 'incoming', year),
      outgoing: previewNextNumber(db, 'outgoing', year),
    },
  };
}

/**
 * Changes settings. A new number format applies to numbers given from now on; numbers already
 * given never change (the counter simply continues).
 */
export function setMailroomSettings(
  server: Server,
  actor: string,
  input: SettingsSetParsed,
): MailroomSettings {
  const issues = new Issues();
  const changed: string[] = [];
  for (const key of ['incomingNumberFormat', 'outgoingNumberFormat'] as const) {
    const pattern = input[key];
    if (pattern === undefined) continue;
    const parsed = parseNumberFormat(pattern.normalize('NFC'));
    if (!parsed.ok) issues.add(key, 'number_format', { problem: parsed.problem });
  }
  if (
    input.scanMaxBytes !== undefined &&
    (input.scanMaxBytes < SCAN_MIN_BYTES_SETTING || input.scanMaxBytes > SCAN_MAX_BYTES_CEILING)
  ) {
    issues.add('scanMaxBytes', 'out_of_range', { min: SCAN_MIN_BYTES_SETTING, max: SCAN_MAX_BYTES_CEILING });
  }
  issues.throwIfAny();
  return server.write(actor, (tx) => {
    if (input.incomingNumberFormat !== undefined) {
      putSetting(tx.db, SETTING_KEYS.incomingNumberFormat, input.incomingNumberFormat.normalize('NFC'));
      changed.push(`incoming number format ${input.incomingNumberFormat.normalize('NFC')}`);
    }
    if (input.outgoingNumberFormat !== undefined) {
      putSetting(tx.db, SETTING_KEYS.outgoingNumberFormat, input.outgoingNumberFormat.normalize('NFC'));
      changed.push(`outgoing number format ${input.outgoingNumberFormat.normalize('NFC')}`);
    }
    if (input.scanMaxBytes !== undefined) {
      putSetting(tx.db, SETTING_KEYS.scanMaxBytes, String(input.scanMaxBytes));
      changed.push(`scan limit ${input.scanMaxBytes} bytes`);
    }
    tx.audit({
      action: 'mailroom.settings',
      entityType: 'settings',
      entityId: 'mailroom',
      summary: `set ${changed.join('; ')}`,
    });
    return getMailroomSettings(tx.db, tx.now);
  });
}
