/** The column step: per table, the header row, what each column means (with its first values), and the enum value mappings. */
import { useTranslation } from 'react-i18next';
import { COLUMN_ROLES, distinctValues, ENUM_ROLES, ENUM_VALUES, type EnumRole, mappedColumns, tableShape, withHeaderRow } from '../../../../shared/import';
import type { TableState } from './import-session';

export interface ColumnsStepProps {
  readonly tables: readonly TableState[];
  readonly values: Parameters<typeof distinctValues>[2];
  readonly onHeaderRow: (key: string, row: number) => void;
  readonly onRole: (key: string, header: string, role: (typeof COLUMN_ROLES)[number] | 'ignore') => void;
  readonly onValue: (role: EnumRole, raw: string, mapped: string) => void;
}

const SAMPLE_ROWS = 3;

export function ColumnsStep({ tables, values, onHeaderRow, onRole, onValue }: ColumnsStepProps) {
  const { t } = useTranslation('import');
  const { t: tc } = useTranslation();
  const label = (role: EnumRole, value: string) => {
    if (role === 'environment') return t(`environment.${value}`);
    const ns = role === 'downtimeTolerance' ? 'downtime' : role;
    return tc(`${ns}.${value}`, { defaultValue: value });
  };
  return (
    <section aria-label={t('columns.heading')}>
      <p className="muted">{t('columns.intro')}</p>
      {tables.map((table) => {
        const headed = withHeaderRow(table.table, Math.max(0, table.table.rows.findIndex((r) => r.row === table.headerRow)));
        const columns = mappedColumns(headed.headers, table.mapping);
        const shape = tableShape(columns);
        const title = table.table.sheet !== undefined ? t('columns.tableSheet', { file: table.table.file, sheet: table.table.sheet }) : t('columns.table', { file: table.table.file });
        return (
          <fieldset key={table.key} className="import-table">
            <legend>{title}</legend>
            <label className="import-inline">
              {t('columns.headerRow')}{' '}
              <select value={table.headerRow} onChange={(e) => onHeaderRow(table.key, Number(e.target.value))}>
                {table.table.rows.slice(0, 10).map((r) => (
                  <option key={r.row} value={r.row}>
                    {t('columns.headerRowOption', { row: r.row })}
                  </option>
                ))}
              </select>
            </label>
            <span className={`import-shape is-${shape}`}>{t(`columns.shape.${shape}`)}</span>
            {table.remembered ? <p className="muted">{t('columns.remembered')}</p> : null}
            <table className="import-columns">
              <thead>
                <tr>
                  <th scope="col">{t('columns.header')}</th>
                  <th scope="col">{t('columns.role')}</th>
                  <th scope="col">{t('columns.sample')}</th>
                </tr>
              </thead>
              <tbody>
                {headed.headers.map((header, i) => (
                  <tr key={header}>
                    <th scope="row">{header}</th>
                    <td>
                      <select aria-label={`${header}: ${t('columns.role')}`} value={table.mapping[header] ?? 'ignore'} onChange={(e) => onRole(table.key, header, e.target.value as (typeof COLUMN_ROLES)[number] | 'ignore')}>
                        <option value="ignore">{t('role.ignore')}</option>
                        {COLUMN_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`role.${role}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="import-sample">
                      {headed.data
                        .slice(0, SAMPLE_ROWS)
                        .map((r) => r.cells[i] ?? '')
                        .filter((v) => v.trim() !== '')
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {ENUM_ROLES.filter((role) => columns.has(role as never)).map((role) => {
              const column = columns.get(role as never) as number;
              const found = distinctValues(role, headed.data.map((r) => r.cells[column] ?? ''), values);
              if (found.length === 0) return null;
              return (
                <table key={role} className="import-values" aria-label={t('values.column', { column: headed.headers[column], role: t(`role.${role}`) })}>
                  <caption>{t('values.column', { column: headed.headers[column], role: t(`role.${role}`) })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('values.raw')}</th>
                      <th scope="col">{t('values.count')}</th>
                      <th scope="col">{t('values.mapped')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {found.map((v) => (
                      <tr key={v.raw} className={v.mapped === undefined ? 'is-unmapped' : undefined}>
                        <th scope="row">{v.raw}</th>
                        <td>{v.count}</td>
                        <td>
                          <select aria-label={`${v.raw}: ${t('values.mapped')}`} value={v.mapped ?? ''} onChange={(e) => onValue(role, v.raw, e.target.value)}>
                            <option value="">{t('values.default')}</option>
                            {ENUM_VALUES[role].map((value) => (
                              <option key={value} value={value}>
                                {label(role, value)}
                              </option>
                            ))}
                          </select>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              );
            })}
          </fieldset>
        );
      })}
    </section>
  );
}
