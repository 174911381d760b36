import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFrom, libraryPathFrom } from '../../../src/main/config';

describe('choosing the library folder', () => {
  it('defaults to Copydesk in the documents folder', () => {
    expect(libraryPathFrom([], {}, '/home/ana/Documents')).toBe('/home/ana/Documents/Copydesk');
  });
  it('takes COPYDESK_LIBRARY, and --library over it, in either flag form', () => {
    expect(libraryPathFrom([], { COPYDESK_LIBRARY: '/srv/newsroom' }, '/d')).toBe('/srv/newsroom');
    expect(libraryPathFrom(['--library', '/tmp/a'], { COPYDESK_LIBRARY: '/srv/newsroom' }, '/d')).toBe('/tmp/a');
    expect(libraryPathFrom(['--library=/tmp/b'], {}, '/d')).toBe('/tmp/b');
    expect(libraryPathFrom(['--library', 'rel/dir'], {}, '/d')).toBe(resolve('rel/dir'));
  });
  it('ignores an empty override rather than using the current folder', () => {
    expect(libraryPathFrom([], { COPYDESK_LIBRARY: '  ' }, '/d')).toBe(join('/d', 'Copydesk'));
  });
  it('puts app data where asked, else in the host default', () => {
    expect(dataDirFrom(['--data', '/tmp/data'], {}, '/x')).toBe('/tmp/data');
    expect(dataDirFrom([], { COPYDESK_DATA: '/tmp/env' }, '/x')).toBe('/tmp/env');
    expect(dataDirFrom([], {}, '/x')).toBe('/x');
  });
});
