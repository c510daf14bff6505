/** The wave mapping's columns: fixed English names, so a file edited in either language reads back. */
export const WAVE_MAPPING_COLUMNS = ['Workload ID', 'Workload', 'Kind', 'Source service', 'Strategy', 'Criticality', 'Team', 'Planned wave', 'Planned cutover', 'Wave'] as const;
