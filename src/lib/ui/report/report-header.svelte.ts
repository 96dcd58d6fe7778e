/**
 * The report's header fields remembered in this browser: asked once on the audit list page, offered
 * again every time (localStorage). Browser only; the logic is in report/header.ts.
 */
import { cleanHeader, readReportHeader, REPORT_HEADER_KEY, type ReportHeader } from '../../report/header';

class ReportHeaderState {
  header = $state.raw<ReportHeader>(readReportHeader(null));
  /** Whether the fields were ever saved here (the form stays open until they were). */
  saved = $state(false);
  private restored = false;

  restore(): void {
    if (this.restored) return;
    this.restored = true;
    const raw = localStorage.getItem(REPORT_HEADER_KEY);
    this.header = readReportHeader(raw);
    this.saved = raw !== null;
  }

  save(header: ReportHeader): void {
    this.header = cleanHeader(header);
    this.saved = true;
    localStorage.setItem(REPORT_HEADER_KEY, JSON.stringify(this.header));
  }
}

export const reportHeader = new ReportHeaderState();
