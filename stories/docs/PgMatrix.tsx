import { Fragment, useId, type ReactNode } from 'react';
import styled from 'styled-components';
import { tokens } from '../../src/theme/theme';
import { FLOW_COLUMNS, flowRows, PG_MATRIX_COLUMNS, pgMatrixRows, V2_PG_MATRIX_COLUMNS, v2PgMatrixRows } from './pg-matrix';

const Scroller = styled.div`
  overflow-x: auto;
  &:focus-visible {
    outline: ${(p) => tokens(p.theme).focusRingWidth} solid ${(p) => tokens(p.theme).colors.focusRing};
    outline-offset: 2px;
  }
`;

// Readable at 1280px: the table fills the page, codes never break inside a word, and long prose (Notes) wraps in a
// wide column instead of being cut off; narrower viewports scroll the region.
const Table = styled.table`
  border-collapse: collapse;
  width: 100%;
  min-width: 1180px;
  table-layout: auto;
  font-family: ${(p) => tokens(p.theme).fontFamily};
  font-size: 14px;
  line-height: 1.45;
  color: ${(p) => tokens(p.theme).colors.text};
  background: ${(p) => tokens(p.theme).colors.surface};

  & caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: ${(p) => tokens(p.theme).spacing};
  }
  & th,
  & td {
    border: 1px solid ${(p) => tokens(p.theme).colors.border};
    padding: 6px 8px;
    text-align: left;
    vertical-align: top;
  }
  & thead th {
    background: ${(p) => tokens(p.theme).colors.noticeBackground};
    color: ${(p) => tokens(p.theme).colors.noticeText};
  }
  & code {
    font-size: 0.92em;
    white-space: nowrap;
  }
  & td {
    overflow-wrap: break-word;
    hyphens: manual;
  }
  & td:last-child {
    min-width: 320px;
  }
`;

/** Text with `backtick` spans rendered as <code>. */
function Cell({ text }: { text: string }): ReactNode {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>));
}

interface MatrixTableProps<K extends string> {
  caption: string;
  columns: readonly { key: K; header: string }[];
  rows: readonly Record<K, string>[];
}

/** One matrix as an accessible table (caption, column and row headers) in a keyboard-scrollable region. */
function MatrixTable<K extends string>({ caption, columns, rows }: MatrixTableProps<K>) {
  const captionId = useId();
  const [first, ...rest] = columns;
  return (
    <Scroller role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[first!.key]}>
              <th scope="row">
                <Cell text={row[first!.key]} />
              </th>
              {rest.map((column) => (
                <td key={column.key}>
                  <Cell text={row[column.key]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </Scroller>
  );
}

/**
 * The billing flows, then the PG matrices, v1 then v2, from the same rows as docs/pg-matrix.md: they follow `PG_RULES`,
 * `V2_PG_RULES`, the PayPal RT rules and `PG_DOCS` without hand edits.
 */
export function PgMatrix({
  caption = 'Billing-key windows by PG',
  v2Caption = 'Billing-key windows by PG (v2)',
  flowsCaption = 'Billing flows',
}: {
  caption?: string;
  v2Caption?: string;
  flowsCaption?: string;
}) {
  return (
    <div style={{ display: 'grid', gap: 32 }}>
      <MatrixTable caption={flowsCaption} columns={FLOW_COLUMNS} rows={flowRows()} />
      <MatrixTable caption={caption} columns={PG_MATRIX_COLUMNS} rows={pgMatrixRows()} />
      <MatrixTable caption={v2Caption} columns={V2_PG_MATRIX_COLUMNS} rows={v2PgMatrixRows()} />
    </div>
  );
}
