import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import './charts.css';

/** One row of a chart's table alternative. */
export interface TableRow {
  key: string;
  cells: string[];
}

/**
 * A chart with its words: a title, a one-line summary (also the picture's accessible name), the
 * picture, and the same numbers as a table behind "Show as a table".
 */
export function ChartFigure(props: {
  title: string;
  summary: string;
  columns: string[];
  rows: TableRow[];
  legend?: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption>
        <span className="chart-title">{props.title}</span>
        <span className="muted chart-summary">{props.summary}</span>
      </figcaption>
      <div role="img" aria-label={`${props.title}. ${props.summary}`} className="chart-picture">
        {props.children}
      </div>
      {props.legend}
      <details className="chart-table">
        <summary>{i18n.t('journal.insights.show_table')}</summary>
        <table>
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
