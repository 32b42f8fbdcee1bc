import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { declaredIdPattern, paragraphIdPattern } from './anchor-ids.ts';
import { setId } from './node-ids.ts';

/**
 * Gives every heading the anchor id its editor declared (`## 4. TPP {#tpp}`) and removes the
 * declaration from the text. Anchors are cited for decades, so they never come from a
 * heading's wording: a heading without a declared id, or an id used twice, stops the build.
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
    const id = takeDeclaredId(heading);
    if (!id) {
      file.fail(
        'This heading declares no anchor id. End it with the id of its topic, e.g. `## 4. TPP {#tpp}`: ' +
          'the id is the section’s permanent anchor.',
        heading,
        'readouts:heading-id',
      );
    }
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
  });
};

/** Removes a trailing `{#id}` from the heading's last text and returns the id ('' if none). */
function takeDeclaredId(heading: Heading): string {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return '';
  const match = declaredIdPattern.exec(last.value);
  if (!match) return '';
  last.value = last.value.slice(0, match.index);
  return match[1] ?? '';
}

export default remarkHeadingIds;
