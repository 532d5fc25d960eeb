import { describe, expect, it } from 'vitest';
import { formDataToObject } from './form-data';

describe('formDataToObject', () => {
  it('keeps single fields as strings, repeated and [] fields as arrays, and drops Next internals and files', () => {
    const fd = new FormData();
    fd.append('name', 'Defence');
    fd.append('topic', 'a');
    fd.append('topic', 'b');
    fd.append('member[]', 'edward-morello');
    fd.append('$ACTION_ID_abc', '');
    fd.append('file', new Blob(['x']), 'x.txt');
    expect(formDataToObject(fd)).toEqual({ name: 'Defence', topic: ['a', 'b'], member: ['edward-morello'] });
  });
});
