/**
 * The wave mapping's columns: fixed English names, so a file edited in either language reads back.
 * `Planned wave number` (0 = pilot) lets the file say which number a wave the user named has, so
 * `Wave` can be edited to any wave's name as the file shows it.
 */
export const WAVE_MAPPING_COLUMNS = ['Workload ID', 'Workload', 'Kind', 'Source service', 'Strategy', 'Criticality', 'Team', 'Planned wave', 'Planned cutover', 'Wave', 'Planned wave number'] as const;
