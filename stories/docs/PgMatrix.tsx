import { Fragment, useId, type ReactNode } from 'react';
import styled from 'styled-components';
import { tokens } from '../../src/theme/theme';
import { PG_MATRIX_COLUMNS, pgMatrixRows } from './pg-matrix';

const Scroller = styled.div`
  overflow-x: auto;
  &:focus-visible {
    outline: ${(p) => tokens(p.theme).focusRingWidth} solid ${(p) => tokens(p.theme).colors.focusRing};
    outline-offset: 2px;
  }
`;

const Table = styled.table`
  border-collapse: collapse;
  min-width: 1200px;
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
    overflow-wrap: anywhere;
  }
`;

/** Text with `backtick` spans rendered as <code>. */
function Cell({ text }: { text: string }): ReactNode {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>));
}

/**
 * The PG matrix as an accessible table (caption, column and row headers), from the same rows as the README's
 * generated section: it follows `PG_RULES` and `PG_DOCS` without hand edits.
 */
export function PgMatrix({ caption = 'Billing-key windows by PG' }: { caption?: string }) {
  const captionId = useId();
  const [first, ...rest] = PG_MATRIX_COLUMNS;
  return (
    // A keyboard-focusable scroll region, so the wide table can be scrolled without a mouse.
    <Scroller role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {PG_MATRIX_COLUMNS.map((column) => (
              <th key={column.key} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pgMatrixRows().map((row) => (
            <tr key={row.code}>
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
