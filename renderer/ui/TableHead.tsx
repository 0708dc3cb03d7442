import { Table } from '@mantine/core';

/**
 * A table's header row of column names, ending with the column of row buttons: that column has
 * a name for screen readers only (a visible "Actions" over icons says nothing a sighted user needs).
 */
export function TableHead({ columns, actions }: { columns: readonly string[]; actions: string }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <Table.Th key={column}>{column}</Table.Th>
        ))}
        <Table.Th>
          <span className="visually-hidden">{actions}</span>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}
