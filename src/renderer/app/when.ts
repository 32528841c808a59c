/** "14:03" today, "Nov. 6, 14:03" this year, "Nov. 6, 2024" before. */
import { apDate } from '../../shared/text/dates';

export function formatWhen(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hm = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  if (date.toDateString() === now.toDateString()) return hm;
  const local = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return date.getFullYear() === now.getFullYear() ? `${apDate(local)}, ${hm}` : apDate(local, true);
}
