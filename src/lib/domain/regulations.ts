/** The regulation in force for each rating year (docs/rules.md: which regulation governs which rating year). */
export interface Regulation {
  id: 'QD132-HD16' | 'QD132-HD21' | 'QD124-HD25' | 'QD366-HD43';
  fromYear: number;
  toYear: number | null;
  regulation: string;
  guidance: string;
  /** QĐ 366 rates with a 100-point score. */
  scored: boolean;
}

export const REGULATIONS: readonly Regulation[] = [
  { id: 'QD132-HD16', fromYear: 2018, toYear: 2018, regulation: 'Quy định 132-QĐ/TW (08/3/2018)', guidance: 'Hướng dẫn 16-HD/BTCTW (24/9/2018)', scored: false },
  { id: 'QD132-HD21', fromYear: 2019, toYear: 2022, regulation: 'Quy định 132-QĐ/TW', guidance: 'Hướng dẫn 21-HD/BTCTW (18/10/2019)', scored: false },
  { id: 'QD124-HD25', fromYear: 2023, toYear: 2024, regulation: 'Quy định 124-QĐ/TW (04/10/2023)', guidance: 'Hướng dẫn 25-HD/BTCTW (10/11/2023)', scored: false },
  { id: 'QD366-HD43', fromYear: 2025, toYear: null, regulation: 'Quy định 366-QĐ/TW (30/8/2025)', guidance: 'Hướng dẫn 43-HD/BTCTW (31/10/2025)', scored: true }
];

/** Years before 2018 fall back to the earliest regulation on the table (QĐ 132), the closest one known. */
export function regulationFor(year: number): Regulation {
  for (const r of REGULATIONS) if (year >= r.fromYear && (r.toYear === null || year <= r.toYear)) return r;
  return REGULATIONS[0];
}

/** "Quy định 124-QĐ/TW (04/10/2023); Hướng dẫn 25-HD/BTCTW (10/11/2023)" plus an optional clause. */
export function citation(year: number, clause?: string): string {
  const r = regulationFor(year);
  return `${r.regulation}; ${r.guidance}${clause ? `, ${clause}` : ''}`;
}
