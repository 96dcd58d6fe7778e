/**
 * The frame of a Party document that the report and the printed list share: the letterhead (issuer
 * and number at the left, the Party's heading, place and date at the right) and the foot (recipients,
 * signature). Pure; kept apart from the report model so that the print of the list needs no checks.
 */
import type { ReportHeader } from './header';

/** The Party's heading, top right of every Party document. */
const PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';
/** What stands for a field not given, for the writer to fill by hand. */
export const BLANK = '……';

export interface DocumentFrame {
  letterhead: {
    superior: string;
    issuer: string;
    /** "Số 12-BC/UBKT" (the number left blank for the clerk when not given). */
    number: string;
    party: string;
    /** "Ninh Bình, ngày 06 tháng 12 năm 2026" */
    placeDate: string;
  };
  signature: { authority: string; title: string; name: string };
  recipients: string[];
}

/** Vietnam's calendar day (UTC+7) of a moment. */
export function vnDay(at: Date): { d: number; m: number; y: number } {
  const t = new Date(at.getTime() + 7 * 3600_000);
  return { d: t.getUTCDate(), m: t.getUTCMonth() + 1, y: t.getUTCFullYear() };
}

/** "Ninh Bình, ngày 06 tháng 02 năm 2026": a day under 10, and January and February, with a leading zero. */
export function placeDateLine(place: string, at: Date): string {
  const { d, m, y } = vnDay(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${place || BLANK}, ngày ${two(d)} tháng ${m <= 2 ? two(m) : m} năm ${y}`;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

export function documentFrame(header: ReportHeader, at: Date): DocumentFrame {
  return {
    letterhead: {
      superior: upper(header.superior),
      issuer: upper(header.issuer),
      number: `Số ${header.number || '     -BC/UBKT'}`,
      party: PARTY,
      placeDate: placeDateLine(header.place, at)
    },
    // The issuer signs on behalf of its collective: "T/M" (thay mặt).
    signature: { authority: upper(`T/M ${header.issuer || BLANK}`), title: upper(header.signerTitle), name: header.signerName },
    recipients: header.recipients.split('\n').filter(Boolean)
  };
}
