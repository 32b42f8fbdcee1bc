import { normalise } from '../english/normalise.ts';
import { ImportError } from '../import-error.ts';
import { australiaShape } from './australia/australia.ts';
import { canadaPm } from './canada-pm/canada-pm.ts';
import { chinaMfa } from './china-mfa/china-mfa.ts';
import { govUk } from './gov-uk/gov-uk.ts';
import { mofa } from './mofa/mofa.ts';
import type { Publisher, PublisherShape } from './publisher.ts';
import { usState } from './us-state/us-state.ts';
import { whiteHouseShape } from './white-house/white-house.ts';

/**
 * Every shape the importer reads, in the order their furniture is tried on a page without an
 * address; a new publisher is a folder of its own, and a line here.
 */
const shapes: readonly PublisherShape[] = [
  govUk,
  usState,
  whiteHouseShape,
  canadaPm,
  australiaShape,
  chinaMfa,
  mofa,
];

/** A shape, and the publisher when it is already known. */
export interface FoundShape {
  shape: PublisherShape;
  publisher?: Publisher;
}

/** Every publisher the importer knows, by the names `--publisher` takes. */
const publisherNames = (): string[] =>
  shapes.flatMap((shape) => shape.publishers.map((publisher) => publisher.name));

/** The shape and publisher a name gives: a publisher's name or alias, or a shape's folder name. */
function byName(name: string): FoundShape | undefined {
  const wanted = normalise(name);
  for (const shape of shapes) {
    const publisher = shape.publishers.find((candidate) =>
      [candidate.name, ...candidate.aliases].some((form) => normalise(form) === wanted),
    );
    if (publisher) return { shape, publisher };
    if (shape.id === name)
      return shape.publishers.length === 1 && shape.publishers[0]
        ? { shape, publisher: shape.publishers[0] }
        : { shape };
  }
  return undefined;
}

/** The shape and publisher of a page's address: its host (www.gov.uk serves several publishers). */
function byHost(url: string): FoundShape | undefined {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  for (const shape of shapes) {
    const publishers = shape.publishers.filter((publisher) => publisher.hosts.includes(host));
    if (publishers.length === 1 && publishers[0]) return { shape, publisher: publishers[0] };
    if (publishers.length > 1) return { shape };
  }
  return undefined;
}

/**
 * Who published a page and in which shape: the publisher named (`--publisher`, a "Publisher:"
 * line), else the one whose host the page's address is on, else the shape whose furniture the
 * page shows (its reader then tells the publisher). A page none of these tells is refused,
 * naming the flag.
 */
export function findShape(
  file: string,
  text: string,
  named: string | undefined,
  url: string | undefined,
): FoundShape {
  if (named !== undefined) {
    const found = byName(named);
    if (found) return found;
    throw new ImportError(
      file,
      `--publisher ${named}: not a publisher the importer reads (it reads ${publisherNames().join('; ')})`,
      ['--publisher'],
    );
  }
  const fromUrl = url === undefined ? undefined : byHost(url);
  if (fromUrl) return fromUrl;
  const shape = shapes.find((candidate) => candidate.recognises(text));
  if (shape) return { shape };
  throw new ImportError(
    file,
    `cannot tell who published this text: give --publisher <name> (one of ${publisherNames().join('; ')}), or a line "Publisher: <name>"`,
    ['--publisher'],
  );
}
