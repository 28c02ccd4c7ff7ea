import type { warningSettingsZh } from './warning-settings.zh.ts';

/** 预警设置 and 节假日 in English. */
export const warningSettingsEn: Record<keyof typeof warningSettingsZh, string> = {
  'nav.warningSettings': 'Warning settings',
  'warnings.settings.title': 'Warning settings',
  'warnings.settings.subtitle':
    'Thresholds per region: a region inherits what it does not set from the region above or the defaults. The holiday calendar counts the working-day deadlines of entries and exits.',
  'warnings.settings.tabThresholds': 'Thresholds',
  'warnings.settings.tabCalendar': 'Holidays',
  'warnings.settings.regions': 'Regions',
  'warnings.settings.ownCount': '{count} set here',
  'warnings.settings.noRegions': 'There is no region you may set',
  'warnings.settings.pickRegion': 'Pick a region on the left',
  'warnings.settings.regionTitle': 'Thresholds of {region}',
  'warnings.settings.updatedAt': 'Own settings last changed {time}',
  'warnings.settings.neverSet':
    'This region sets nothing itself; everything comes from above or the defaults',
  'warnings.settings.source.default': 'Default',
  'warnings.settings.source.inherited': 'From {region}',
  'warnings.settings.source.own': 'Set here',
  'warnings.settings.setHere': 'Set {field} in this region',
  'warnings.settings.switchOn': 'Here',
  'warnings.settings.switchOff': 'Inherit',
  'warnings.settings.inheritedValue': 'Without its own value: {value} ({source})',
  'warnings.settings.rules': 'Rules {codes}',
  'warnings.settings.required': 'Enter {field}, or inherit it',
  'warnings.settings.rankOrderHint': 'Pick the ranks from highest to lowest',
  'warnings.settings.nextScan':
    'The next scan (the automatic one on the 1st of each month, or “Scan now”) uses the saved thresholds.',
  'warnings.settings.resetAll': 'Inherit all',
  'warnings.settings.resetConfirm':
    'Clear everything {region} sets itself and use the values from above or the defaults?',
  'warnings.settings.saved': 'Saved; the next scan uses it',
  'warnings.settings.wasReset': 'Everything is inherited again',
  'warnings.settings.stale':
    'Someone else just changed this region’s settings. The latest are loaded; check them and save again.',

  'warnings.calendar.year': 'Year',
  'warnings.calendar.intro':
    'Enter the State Council’s yearly holiday notice: every day off (weekends included) as “Day off”, and every weekend day worked instead as “Make-up working day”. Entry and exit deadlines count working days with it, for the whole system.',
  'warnings.calendar.summary': '{holidays} days off, {workdays} make-up working days',
  'warnings.calendar.empty': 'No holidays entered for {year}: working days are Monday to Friday for now',
  'warnings.calendar.col.day': 'Date',
  'warnings.calendar.col.weekday': 'Weekday',
  'warnings.calendar.col.kind': 'Kind',
  'warnings.calendar.col.name': 'Name',
  'warnings.calendar.namePlaceholder': 'e.g. National Day',
  'warnings.calendar.add': 'Add',
  'warnings.calendar.remove': 'Remove',
  'warnings.calendar.dayRequired': 'Pick a date',
  'warnings.calendar.nameRequired': 'Enter a name',
  'warnings.calendar.duplicate': '{day} is already listed',
  'warnings.calendar.paste': 'Paste a list',
  'warnings.calendar.pasteTitle': 'Paste the {year} holidays',
  'warnings.calendar.pasteHelp':
    'One entry a line: a date or a date range, the kind (放假 / 上班 or holiday / workday) and a name; three columns copied from Excel work too. For example:',
  'warnings.calendar.pasteParsed': '{count} days read',
  'warnings.calendar.pasteOtherYear': '{day} is not in {year} and was left out',
  'warnings.calendar.pasteMerge': 'Add to the list',
  'warnings.calendar.pasteReplace': 'Replace the list',
  'warnings.calendar.unsaved': 'Unsaved changes',
  'warnings.calendar.discard': 'Discard changes',
  'warnings.calendar.discardConfirm': 'Discard the unsaved changes to {year}?',
  'warnings.calendar.problems': 'Correct these before saving',
  'warnings.calendar.saved': 'The {year} holidays are saved; the next scan uses them',
  'warnings.calendar.stale':
    'Someone else just changed this year’s holidays. The latest are loaded; check them and make your changes again.',
};
