// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { givenFile } from '../../src/progress/group-page';
import { GROUP_FILE_LIMIT_BYTES } from '../../src/progress/group-files';

describe('group page: reading a browser file', () => {
  it('reads a file of at most the limit, and refuses a larger one without reading it', async () => {
    expect(await givenFile(new File(['{"a":1}'], 'a.json'))).toEqual({ fileName: 'a.json', size: 7, text: '{"a":1}' });
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: GROUP_FILE_LIMIT_BYTES + 1 });
    let read = false;
    huge.text = () => {
      read = true;
      return Promise.resolve('x');
    };
    expect(await givenFile(huge)).toEqual({ fileName: 'huge.json', size: GROUP_FILE_LIMIT_BYTES + 1, tooLarge: true });
    expect(read).toBe(false);
  });

  it('turns a read error into a reason', async () => {
    const gone = new File(['x'], 'gone.json');
    gone.text = () => Promise.reject(new DOMException('The file was removed', 'NotFoundError'));
    expect(await givenFile(gone)).toEqual({ fileName: 'gone.json', size: 1, unreadable: 'The file was removed' });
  });
});
