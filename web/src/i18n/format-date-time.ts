import { readIntlLocale } from './setup-i18n.js';

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(readIntlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(readIntlLocale(), { dateStyle: 'medium' }).format(date);
}

/** A calendar date without a time (YYYY-MM-DD, e.g. a due date): shown as that day wherever the reader is. */
export function formatCalendarDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(readIntlLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
