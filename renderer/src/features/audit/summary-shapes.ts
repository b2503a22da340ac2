// The shapes of the audit summaries that carry values («registered ВХ-…: by_hand, kk, …»), one
// entry per template the core writes. The stored English stays the evidence (the hash chain covers
// it); the screen matches it against these shapes and says the same in the reader's language, with
// the coded values (channels, roles, states, dates) in words. Each example is a summary the core
// writes; tests/unit/audit-summaries.test.ts checks that every template in electron/ has one here.
export interface SummaryShape {
  key: string;
  re: RegExp;
  example: string;
}

const NO = String.raw`(?<no>\S+)`;
const DAY = String.raw`\d{4}-\d{2}-\d{2}`;
const HEAD = String.raw`audit head (?<seq>\d+) (?<hash>[0-9a-f]+)`;
const CONFIRMED = String.raw`(?:; confirmed: (?<opt_confirmedList>.+))?`;

const shape = (key: string, source: string, example: string): SummaryShape => ({
  key,
  re: new RegExp(`^${source}$`, 's'),
  example,
});

export const SUMMARY_SHAPES: readonly SummaryShape[] = [
  // Registers: incoming and outgoing letters, scans, export, settings.
  shape(
    'incomingRegistered',
    String.raw`registered ${NO}: (?<channel>\w+), (?<lang>\w+), (?<sheets>\d+|unknown) sheet\(s\), (?<scans>\d+) scan\(s\)${CONFIRMED}`,
    'registered ВХ-2026-00001: by_hand, kk, 2 sheet(s), 1 scan(s); confirmed: duplicate',
  ),
  shape(
    'outgoingRegistered',
    String.raw`registered ${NO}: (?<outStatus>\w+), (?<channel>\w+), (?<lang>\w+)(?:, answers (?<opt_answers>\S+))?${CONFIRMED}`,
    'registered ИСХ-2026-00001: sent, registered_mail, ru, answers ВХ-2026-00001; confirmed: tracking_check_digit',
  ),
  shape(
    'outgoingStatus',
    String.raw`${NO}: (?<outStatus>[a-z]+) → (?<outStatus2>[a-z]+)${CONFIRMED}`,
    'ИСХ-2026-00001: draft → sent',
  ),
  shape(
    'corrected',
    String.raw`${NO} corrected: (?<changeList>.+)`,
    'ВХ-2026-00001 corrected: channel: by_hand → courier; sheets: 2 → 3; senderName',
  ),
  shape('noChanges', String.raw`${NO}: no changes`, 'ВХ-2026-00001: no changes'),
  shape(
    'edited',
    String.raw`${NO} edited: (?<fieldList>.+?)${CONFIRMED}`,
    'ВХ-2026-00001 edited: channel, sheets',
  ),
  shape(
    'cancelled',
    String.raw`${NO} cancelled; number kept${CONFIRMED}`,
    'ВХ-2026-00001 cancelled; number kept',
  ),
  shape(
    'scanAttached',
    String.raw`scan (?<id>\d+) \((?<mime>[^,]+), (?<bytes>\d+) bytes\) attached to ${NO}`,
    'scan 7 (application/pdf, 5120 bytes) attached to ВХ-2026-00001',
  ),
  shape(
    'scanRemoved',
    String.raw`scan (?<id>\d+) \((?<mime>[^,]+), (?<bytes>\d+) bytes\) removed from ${NO}: (?<scanReason>\w+)`,
    'scan 7 (application/pdf, 5120 bytes) removed from ВХ-2026-00001: wrong_file',
  ),
  shape(
    'registerExported',
    String.raw`exported (?<register>\w+) register (?<from>${DAY})\.\.(?<to>${DAY}) as (?<format>\w+) \((?<lang>\w+)\), (?<n>\d+) rows, IINs masked, ${HEAD}`,
    'exported incoming register 2026-01-01..2026-01-31 as xlsx (ru), 12 rows, IINs masked, audit head 40 0123456789abcdef',
  ),
  shape(
    'mailroomSettings',
    String.raw`set (?<settingList>.+)`,
    'set incoming number format ВХ-{YYYY}-{N}; scan limit 1048576 bytes',
  ),
  shape('incomingFormat', String.raw`incoming number format (?<format>.+)`, 'incoming number format ВХ-{N}'),
  shape('outgoingFormat', String.raw`outgoing number format (?<format>.+)`, 'outgoing number format ИСХ-{N}'),
  shape('scanLimit', String.raw`scan limit (?<bytes>\d+) bytes`, 'scan limit 1048576 bytes'),
  shape(
    'demoLetters',
    String.raw`demo letters (?<first>\S+)\.\.(?<last>\S+) \((?<n>\d+) rows, no sync events\)`,
    'demo letters ВХ-2026-00001..ВХ-2026-00050 (50 rows, no sync events)',
  ),
  // Letters and templates.
  shape(
    'letterGenerated',
    String.raw`(?<letterKind>[a-z_]+) (?<lang>kk|ru|en) ${NO} version (?<v>\d+), template version (?<tv>\d+)(?:, request (?<opt_request>\S+))?`,
    'acknowledgment kk ИСХ-2026-00001 version 1, template version 2, request 2026-0001',
  ),
  shape(
    'letterSent',
    String.raw`${NO} version (?<v>\d+) sent: (?<channel>\w+)`,
    'ИСХ-2026-00001 version 2 sent: by_hand',
  ),
  shape(
    'letterheadSaved',
    String.raw`letterhead saved(?<opt_logo> with logo)?`,
    'letterhead saved with logo',
  ),
  shape(
    'templateShipped',
    String.raw`shipped default stored as version (?<v>\d+)`,
    'shipped default stored as version 1',
  ),
  shape(
    'templateSaved',
    String.raw`version (?<v>\d+) saved \(sha256 (?<hash>[0-9a-f]+)\)`,
    'version 3 saved (sha256 0123456789ab)',
  ),
  // Requests.
  shape(
    'requestOpened',
    String.raw`(?<reqType>[a-z_]+) request (?<from>\S+), requester (?<requester>[a-z_]+), received (?<received>${DAY}), due (?<due>${DAY}), statutory (?<statutory>${DAY})(?:; warnings: (?<opt_warningList>.+?))?(?:; duplicates confirmed: (?<opt_dups>.+))?`,
    'access request ВХ-2026-00001, requester subject, received 2026-03-02, due 2026-03-13, statutory 2026-03-13; warnings: calendar_missing:2027, subject_minor; duplicates confirmed: 2026-0004',
  ),
  shape(
    'stateMoved',
    String.raw`(?<state>[a-z_]+) → (?<state2>[a-z_]+)(?: \((?<opt_reason>[^)]+)\))?(?:; (?<opt_inner>.+))?`,
    'in_progress → decided (refused:no_data_held); answered on 2026-03-10 by ИСХ-2026-00001',
  ),
  shape(
    'answered',
    String.raw`answered on (?<on>${DAY})(?: by (?<opt_by>\S+))?`,
    'answered on 2026-03-10 by ИСХ-2026-00001',
  ),
  shape(
    'identityVerified',
    String.raw`identity verified: (?<idDocument>[a-z_]+) seen \((?<holder>[a-z_]+)\), no copy kept`,
    'identity verified: id_card seen (subject), no copy kept',
  ),
  shape(
    'identityNotRequired',
    String.raw`identity verification not required: (?<noVerification>[a-z_]+)`,
    'identity verification not required: authorized_body',
  ),
  shape(
    'decision',
    String.raw`decision (?<id>\S+): (?<reqType>[a-z_]+) (?<outcome>[a-z_]+)(?: \((?<opt_ground>[a-z_]+)\))?; actions: (?<actionList>.+?)(?:; warnings: (?<opt_warningList>.+))?`,
    'decision 5: access refused (no_data_held); actions: none; warnings: account_missing',
  ),
  shape(
    'actionQueued',
    String.raw`(?<action>[a-z_]+) queued for central \(action (?<id>\S+)\)`,
    'erase queued for central (action 12)',
  ),
  shape(
    'requestChanged',
    String.raw`changed: (?<requestFieldList>.+)`,
    'changed: subject.name, requesterRole, type',
  ),
  shape(
    'lettersLinked',
    String.raw`letters linked: (?<list>.+)`,
    'letters linked: ВХ-2026-00002, ВХ-2026-00003',
  ),
  // Deadlines and calendars.
  shape(
    'dueMoved',
    String.raw`due (?<due>${DAY}) → (?<due2>${DAY}), statutory (?<statutory>${DAY}) → (?<statutory2>${DAY}) \(calendar or rules changed\)`,
    'due 2026-03-13 → 2026-03-16, statutory 2026-03-13 → 2026-03-16 (calendar or rules changed)',
  ),
  shape(
    'countingRule',
    String.raw`counting rule (?<rule>\S+): (?<n>\d+) of (?<m>\d+) due dates moved`,
    'counting rule 2: 3 of 10 due dates moved',
  ),
  shape(
    'calendarReset',
    String.raw`calendar (?<year>\d+) v(?<v>\d+): back to the shipped file`,
    'calendar 2026 v3: back to the shipped file',
  ),
  shape(
    'calendarSaved',
    String.raw`calendar (?<year>\d+) v(?<v>\d+) \((?<origin>[a-z]+)\), sha256 (?<hash>[0-9a-f]+)`,
    'calendar 2026 v2 (import), sha256 0123456789abcdef',
  ),
  shape(
    'rulesReset',
    String.raw`deadline rules v(?<v>\d+): back to the shipped file`,
    'deadline rules v3: back to the shipped file',
  ),
  shape(
    'rulesSaved',
    String.raw`deadline rules v(?<v>\d+) \((?<origin>[a-z]+)\), sha256 (?<hash>[0-9a-f]+)`,
    'deadline rules v2 (edit), sha256 0123456789abcdef',
  ),
  // Purge.
  shape('purgeRetention', String.raw`purge retention (?<days>\d+) days`, 'purge retention 1095 days'),
  shape(
    'personalDataPurged',
    String.raw`personal data purged \(run (?<run>\S+)\): (?<list>.+?)(?:; letters kept for other requests: (?<opt_kept>.+))?`,
    'personal data purged (run dry): nothing left; letters kept for other requests: ВХ-2026-00002',
  ),
  shape(
    'purgeRun',
    String.raw`purge(?<opt_dry> \(dry run\))?(?<opt_cancelled> \(cancelled\))?: (?<n>\d+) requests purged \((?<ids>[^)]*)\), (?<deferred>\d+) deferred, retention (?<days>\d+) days`,
    'purge (dry run): 2 requests purged (2026-0001, 2026-0002), 1 deferred, retention 1095 days',
  ),
  shape(
    'purgeStarted',
    String.raw`purge started: (?<n>\d+) requests due, (?<deferred>\d+) deferred`,
    'purge started: 2 requests due, 1 deferred',
  ),
  // Sync with central.
  shape(
    'syncBatch',
    String.raw`batch of (?<n>\d+) \(seq (?<first>\d+)-(?<last>\d+)\): (?<accepted>\d+) accepted, (?<duplicates>\d+) duplicate, (?<rejected>\d+) rejected(?:, (?<opt_settled>\d+) already settled)?(?:, (?<opt_unanswered>\d+) unanswered)?`,
    'batch of 5 (seq 1-5): 2 accepted, 0 duplicate, 1 rejected, 1 already settled, 1 unanswered',
  ),
  shape(
    'eventRejected',
    String.raw`event (?<seq>\d+) \((?<eventType>[^)]+)\) rejected by central: (?<why>.+)`,
    'event 9 (request.opened) rejected by central: unspecified',
  ),
  shape(
    'eventRequeued',
    String.raw`event (?<seq>\d+) \((?<eventType>[^)]+)\) queued again after rejection`,
    'event 9 (request.opened) queued again after rejection',
  ),
  shape(
    'eventNote',
    String.raw`note added to rejected event (?<seq>\d+) \((?<eventType>[^)]+)\)`,
    'note added to rejected event 9 (request.opened)',
  ),
  shape(
    'resultsReceived',
    String.raw`(?<n>\d+) action results received from central \((?<m>\d+) new\)`,
    '3 action results received from central (1 new)',
  ),
  shape(
    'centralReports',
    String.raw`central reports (?<action>[a-z_]+) (?<actionStatus>[a-z_]+) at (?<at>\S+) \(action (?<id>\S+)\)`,
    'central reports erase confirmed at 2026-03-02T10:00:00.000Z (action 12)',
  ),
  shape(
    'syncSettings',
    String.raw`sync settings changed: (?<syncSettingList>.+)`,
    'sync settings changed: centralUrl, token, batchSize, paused',
  ),
  // Accounts and sign-in.
  shape('userCreated', String.raw`role (?<role>[a-z]+)`, 'role clerk'),
  shape('roleChanged', String.raw`role (?<role>[a-z]+) -> (?<role2>[a-z]+)`, 'role clerk -> officer'),
  shape(
    'failedAggregated',
    String.raw`(?<n>\d+) more failed or refused sign-ins from (?<source>\S+) between (?<from>\S+) and (?<to>\S+)`,
    '4 more failed or refused sign-ins from 127.0.0.1 between 2026-03-02T10:00:00.000Z and 2026-03-02T10:01:00.000Z',
  ),
  shape(
    'refusedPaused',
    String.raw`refused unchecked: paused until (?<until>\S+)`,
    'refused unchecked: paused until 2026-03-02T10:05:00.000Z',
  ),
  shape(
    'paused',
    String.raw`paused until (?<until>\S+) after (?<n>\d+) failures`,
    'paused until 2026-03-02T10:05:00.000Z after 5 failures',
  ),
  shape('failedAttempt', String.raw`failed attempt (?<n>\d+)`, 'failed attempt 2'),
  shape(
    'fromSource',
    String.raw`(?<inner>.+) \(from (?<source>[^()]+)\)`,
    'failed attempt 2 (from 127.0.0.1)',
  ),
  shape('idleLock', String.raw`idle lock (?<n>\d+) min`, 'idle lock 15 min'),
  shape('sessionMax', String.raw`session max (?<n>\d+) h`, 'session max 12 h'),
  // Backups, audit export, counts.
  shape(
    'backupWritten',
    String.raw`backup written \(${HEAD}\)`,
    'backup written (audit head 40 0123456789abcdef)',
  ),
  shape('backupFailed', String.raw`backup failed: (?<why>.+)`, 'backup failed: DISK_FULL'),
  shape(
    'backupSettings',
    String.raw`enabled=(?<enabled>true|false) keep=(?<keep>\d+) hour=(?<hour>\d+)`,
    'enabled=true keep=7 hour=2',
  ),
  shape(
    'auditExported',
    String.raw`(?<n>\d+) entries exported, ${HEAD}`,
    '120 entries exported, audit head 40 0123456789abcdef',
  ),
  shape(
    'countsRecounted',
    String.raw`summary tables recounted: (?<n>\d+) figures corrected`,
    'summary tables recounted: 3 figures corrected',
  ),
  shape(
    'breachDetected',
    String.raw`detected (?<on>${DAY}), notify the authorized body by (?<due>${DAY}); categories (?<categoryList>.+)`,
    'detected 2026-03-02, notify the authorized body by 2026-03-03; categories identity, contact',
  ),
];
