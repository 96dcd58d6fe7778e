/**
 * The report model (model.ts) as a .docx, with the `docx` package: A4, Times New Roman, the layout
 * of a Party document (Hướng dẫn 36-HD/VPTW; docs/decisions-format.md "The official report"):
 * issuer top left with a star under it and the number, "ĐẢNG CỘNG SẢN VIỆT NAM" top right with
 * the place and date in italics, the title centred, recipients bottom left beside the signature.
 * Runs in the browser (loaded only when a report is asked for) and in Node (the tests).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ParagraphChild
} from 'docx';
import type { Block, Cell, ReportModel, ReportTable } from './model';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 13 pt letterhead and tables' text at 12 pt, the appendix 10 pt. */
const BODY = 28;
const HEAD = 26;
const TABLE = 24;
const SMALL = 20;
/** Twentieths of a point: A4 and its margins (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm). */
const A4 = { width: 11906, height: 16838 };
const MM = 56.7;
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

type RunOptions = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };
const run = (text: string, o: RunOptions = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? BODY, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined });

function para(children: ParagraphChild[] | string, o: RunOptions & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; indent?: boolean } = {}) {
  return new Paragraph({
    children: typeof children === 'string' ? [run(children, o)] : children,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 120 },
    indent: o.indent ? { firstLine: Math.round(10 * MM) } : undefined
  });
}

/** A borderless two-column layout (letterhead, signature). */
function twoColumns(left: Paragraph[], right: Paragraph[], widths: [number, number]) {
  const cell = (children: Paragraph[], w: number) => new TableCell({ children, width: { size: w, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({ rows: [new TableRow({ children: [cell(left, widths[0]), cell(right, widths[1])] })], width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
}

const cellText = (c: Cell) => (typeof c === 'number' ? new Intl.NumberFormat('vi-VN').format(c) : c);

function grid(t: ReportTable, size: number) {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const row = (cells: Cell[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: (t.widths[i] / total) * 100, type: WidthType.PERCENTAGE },
            margins: { left: 60, right: 60 },
            children: [new Paragraph({ children: [run(cellText(c), { bold, size })], alignment: header || typeof c === 'number' ? AlignmentType.CENTER : AlignmentType.LEFT })]
          })
      )
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(t.columns, true, true), ...t.rows.map((r) => row(r, false)), ...(t.total ? [row(t.total, true)] : [])]
  });
}

function block(b: Block): (Paragraph | Table)[] {
  if (b.kind === 'paragraph') return [para(b.text, { italics: b.italic, indent: true })];
  return [para(b.caption, { bold: true, align: AlignmentType.LEFT, after: 60 }), grid(b.table, TABLE), para('', { after: 120 })];
}

function reportDocument(m: ReportModel): Document {
  const letterhead = twoColumns(
    [
      para(m.letterhead.superior, { size: HEAD, align: AlignmentType.CENTER, after: 0 }),
      para(m.letterhead.issuer, { size: HEAD, bold: true, align: AlignmentType.CENTER, after: 0 }),
      para('*', { size: HEAD, align: AlignmentType.CENTER, after: 0 }),
      para(m.letterhead.number, { size: HEAD, align: AlignmentType.CENTER, after: 0 })
    ],
    [
      para(m.letterhead.party, { size: 30, bold: true, underline: true, align: AlignmentType.RIGHT, after: 120 }),
      para(m.letterhead.placeDate, { size: BODY, italics: true, align: AlignmentType.RIGHT, after: 0 })
    ],
    [45, 55]
  );
  const body: (Paragraph | Table)[] = [
    letterhead,
    para('', { after: 240 }),
    para(m.title, { size: 32, bold: true, align: AlignmentType.CENTER, after: 0 }),
    para(m.subtitle, { bold: true, align: AlignmentType.CENTER, after: 0 }),
    para('-----', { align: AlignmentType.CENTER, after: 240 })
  ];
  for (const s of m.sections) {
    body.push(para(s.heading, { bold: true, align: AlignmentType.LEFT, after: 120 }));
    for (const b of s.blocks) body.push(...block(b));
  }
  body.push(
    para('', { after: 240 }),
    twoColumns(
      [para('Nơi nhận:', { size: 24, bold: true, underline: true, align: AlignmentType.LEFT, after: 0 }), ...m.recipients.map((r) => para(`- ${r}`, { size: 22, align: AlignmentType.LEFT, after: 0 }))],
      [
        para(m.signature.authority, { bold: true, align: AlignmentType.CENTER, after: 0 }),
        para(m.signature.title, { bold: true, align: AlignmentType.CENTER, after: 1200 }),
        para(m.signature.name, { bold: true, align: AlignmentType.CENTER, after: 0 })
      ],
      [45, 55]
    )
  );
  const portrait: ISectionOptions = { properties: { page: { size: A4, margin: MARGIN } }, children: body };
  const appendix: ISectionOptions = {
    properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
    children: [
      para(m.appendix.heading, { bold: true, align: AlignmentType.CENTER, after: 0 }),
      para(m.appendix.subtitle, { italics: true, align: AlignmentType.CENTER, after: 120 }),
      para(m.appendix.note, { size: SMALL, align: AlignmentType.LEFT, after: 60 }),
      grid(m.appendix.table, SMALL)
    ]
  };
  return new Document({
    creator: 'Soi',
    title: `${m.title} ${m.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [portrait, appendix]
  });
}

/** The .docx's bytes. */
export function reportDocx(m: ReportModel): Promise<Uint8Array> {
  return Packer.pack(reportDocument(m), 'uint8array');
}
