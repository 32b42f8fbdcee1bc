import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteHandler } from '../../../src/serve/site-handler.ts';

describe('the local server of a built site', () => {
  let dir = '';
  let server: Server;
  let url = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'readouts-serve-'));
    await writeFile(join(dir, 'index.html'), '<p>First build</p>');
    await writeFile(join(dir, '404.html'), '<p>Not found</p>');
    server = createServer(siteHandler(dir, '/')).listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://localhost:${String((server.address() as AddressInfo).port)}/`;
  });
  afterAll(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('serves a page as rebuilt, not as first read, while it keeps running', async () => {
    expect(await (await fetch(url)).text()).toBe('<p>First build</p>');
    await writeFile(join(dir, 'index.html'), '<p>Second build, longer</p>');
    expect(await (await fetch(url)).text()).toBe('<p>Second build, longer</p>');
  });
});
