import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { noTopic, paragraphIdPattern, readDeclaration } from './anchor-ids.ts';
import { setId, setTopics } from './node-ids.ts';

/**
 * Gives every heading the anchor id its editor declared (`## 4. TPP {#tpp}`) and the topics it
 * is bound to (that of its id, or those of `topic=`), and removes the declaration from the
 * text. Anchors are cited for decades, so they never come from a heading's wording: a heading
 * without a declared id, or an id used twice, stops the build.
 */
const remarkHeadingIds: Plugin<[], Root> = () => (tree, file) => {
  const seen = new Map<string, number>();
  visit(tree, 'heading', (heading) => {
    if (heading.depth === 1) {
      file.fail(
        'A readout has no `#` heading: its title is the `title` field. Use `##` for its sections.',
        heading,
        'readouts:h1',
      );
    }
    const { id, topics } = takeDeclaration(heading, file);
    if (paragraphIdPattern.test(id)) {
      file.fail(
        `The id "${id}" has the form of a paragraph id (p1, tpp-p2); choose another.`,
        heading,
        'readouts:reserved-id',
      );
    }
    if (heading.depth > 2 && seen.size === 0) {
      file.fail(
        'This sub-heading comes before any `##` section; a sub-item belongs to a section.',
        heading,
        'readouts:orphan-subheading',
      );
    }
    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      file.fail(
        `Two headings declare the id "${id}" (the first on line ${firstLine}); each section needs its own.`,
        heading,
        'readouts:duplicate-id',
      );
    }
    seen.set(id, heading.position?.start.line ?? 0);
    setId(heading, id);
    if (heading.depth === 2) setTopics(heading, topics);
  });
};

/** Removes the trailing `{#id …}` from the heading's last text and returns what it declared. */
function takeDeclaration(heading: Heading, file: VFile): { id: string; topics: string[] } {
  const last = heading.children.at(-1);
  const read = last?.type === 'text' ? readDeclaration(last.value) : undefined;
  if (!read || last?.type !== 'text') {
    return file.fail(
      'This heading declares no anchor id. End it with the id of its topic, e.g. `## 4. TPP {#tpp}`, ' +
        `or with an id of its own and no topic, e.g. \`## Introduction {#introduction topic=${noTopic}}\`: ` +
        'the id is the section’s permanent anchor.',
      heading,
      'readouts:heading-id',
    );
  }
  if ('error' in read) return file.fail(read.error, heading, 'readouts:anchor-declaration');
  const { declaration } = read;
  if (heading.depth > 2 && declaration.topics.join() !== declaration.id) {
    file.fail(
      'A sub-heading (`###`) belongs to the topics of its section: `topic=` binds a `##` section or a paragraph.',
      heading,
      'readouts:subheading-topic',
    );
  }
  last.value = read.before;
  return declaration;
}

export default remarkHeadingIds;
