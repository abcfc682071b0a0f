import type { ComponentChildren } from 'preact';
import { downloadText, toDutchCsv, type CsvCell } from '../csv/csv.js';
import { useApp } from '../app-context.js';
import { useI18n } from '../i18n/i18n.js';

export type Column<R> = {
  readonly header: string;
  readonly cell: (row: R) => ComponentChildren;
  /** The cell in the CSV: amounts as canonical strings (written with a decimal comma), markers as words. */
  readonly csv: (row: R) => CsvCell;
  readonly numeric?: boolean;
};

type Props<R> = {
  readonly caption: string;
  readonly columns: ReadonlyArray<Column<R>>;
  readonly rows: readonly R[];
  readonly filename: string;
  readonly rowHeader?: number;
  readonly rowClass?: (row: R) => string | undefined;
  readonly footer?: ReadonlyArray<ComponentChildren>;
};

/**
 * A data table with a caption, column headers and row headers (WCAG 1.3.1), and a button that
 * downloads exactly the rows shown as a Dutch Excel CSV.
 */
export function DataTable<R>({ caption, columns, rows, filename, rowHeader = 0, rowClass, footer }: Props<R>) {
  const { t } = useI18n();
  const { canExport } = useApp();
  const download = () =>
    downloadText(
      `${filename}.csv`,
      toDutchCsv(
        columns.map((c) => c.header),
        rows.map((r) => columns.map((c) => c.csv(r))),
      ),
    );
  return (
    <div class="grip-table-block">
      {/* focusable, so a keyboard can scroll a table wider than the screen (WCAG 2.1.1) */}
      <div class="grip-table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table class="utrecht-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th scope="col" class={c.numeric ? 'grip-num' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr class={rowClass?.(r)}>
                {columns.map((c, i) =>
                  i === rowHeader ? (
                    <th scope="row" class={c.numeric ? 'grip-num' : undefined}>
                      {c.cell(r)}
                    </th>
                  ) : (
                    <td class={c.numeric ? 'grip-num' : undefined}>{c.cell(r)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          {footer ? (
            <tfoot>
              <tr>
                {footer.map((f, i) =>
                  i === rowHeader ? (
                    <th scope="row">{f}</th>
                  ) : (
                    <td class={columns[i]?.numeric ? 'grip-num' : undefined}>{f}</td>
                  ),
                )}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      {canExport ? (
        <p class="grip-no-print">
          {/* the name says which table; it starts with the visible text (WCAG 2.5.3) */}
          <button type="button" aria-label={`${t('downloadCsv')}: ${caption}`} onClick={download}>
            {t('downloadCsv')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
