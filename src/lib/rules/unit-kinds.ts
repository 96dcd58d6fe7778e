/** How a message names units of each kind (units.kind), in the plural sense of "các …". */
export const KIND_NOUNS: Record<string, string> = {
  cap_tren: 'tổ chức đảng cấp trên cơ sở',
  co_so: 'tổ chức cơ sở đảng',
  chi_bo: 'chi bộ',
  tap_the: 'tập thể lãnh đạo, quản lý'
};
