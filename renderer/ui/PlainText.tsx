import { List, Text } from '@mantine/core';
import { textBlocks } from '../domain/findings';

/** Renders plain text: blank-line paragraphs and "- " bullet lists, as the report will. */
export function PlainText({ text }: { text: string }) {
  return (
    <>
      {textBlocks(text).map((block, index) =>
        block.type === 'paragraph' ? (
          <Text key={index} mb="xs" style={{ whiteSpace: 'pre-line' }}>
            {block.text}
          </Text>
        ) : (
          <List key={index} mb="xs" withPadding>
            {block.items.map((item, itemIndex) => (
              <List.Item key={itemIndex}>{item}</List.Item>
            ))}
          </List>
        ),
      )}
    </>
  );
}
