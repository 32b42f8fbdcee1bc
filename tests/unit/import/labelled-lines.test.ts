import { describe, expect, it } from 'vitest';
import { labelledLines } from '../../../src/import/source/labelled-lines.ts';

describe('the lines an editor adds to a text', () => {
  it('takes the page’s address and its publisher from lines of their own, wherever they stand, and leaves the rest', () => {
    expect(
      labelledLines(
        'Source: https://www.gov.uk/news/call\nPM call with Chancellor\n\nThe Prime Minister spoke.\nPublisher: Prime Minister’s Office, 10 Downing Street\n',
      ),
    ).toEqual({
      url: 'https://www.gov.uk/news/call',
      publisher: 'Prime Minister’s Office, 10 Downing Street',
      text: '\nPM call with Chancellor\n\nThe Prime Minister spoke.\n\n',
    });
  });

  it.each([
    'URL: http://www.mofa.go.jp/a.html',
    'Original: http://www.mofa.go.jp/a.html',
    'source:http://www.mofa.go.jp/a.html',
    ' \tSOURCE \t: \thttp://www.mofa.go.jp/a.html \t',
  ])('reads the address of “%s”', (line) => {
    expect(labelledLines(`Talks\n${line}\nThe ministers met.`)).toEqual({
      url: 'http://www.mofa.go.jp/a.html',
      text: 'Talks\n\nThe ministers met.',
    });
  });

  it.each([
    'Source: the Ministry of Foreign Affairs',
    'Source: ftp://www.mofa.go.jp/a.html',
    'Source: https://www.mofa.go.jp/a page.html',
    'The text’s Source: https://www.mofa.go.jp/a.html',
    'Sources: https://www.mofa.go.jp/a.html',
  ])('leaves “%s” in the text, naming no address', (line) => {
    const text = `Talks\n${line}\nThe ministers met.`;
    expect(labelledLines(text)).toEqual({ text });
  });

  it('takes the first of two addresses and publishers, and drops every such line', () => {
    expect(
      labelledLines(
        'Source: https://a.example/1\n Publisher \t:  First Office \nSource: https://a.example/2\npublisher: Second Office\nText.',
      ),
    ).toEqual({
      url: 'https://a.example/1',
      publisher: 'First Office',
      text: '\n\n\n\nText.',
    });
  });

  it('leaves a publisher line without a name, and one that does not start the line', () => {
    const text = 'Publisher:\nPublisher: \t\nThe Publisher: Someone\nPublishers: Someone\nText.';
    expect(labelledLines(text)).toEqual({ text });
  });
});
