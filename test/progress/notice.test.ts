// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { showProgressNotice } from '../../src/progress/notice';

describe('progress notice', () => {
  it('shows an alert at the top of main that the learner can dismiss', () => {
    document.body.innerHTML = '<main><h1>Page</h1></main>';
    const notice = showProgressNotice('Your saved progress could not be read.');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(document.querySelector('main')?.firstElementChild).toBe(notice);
    const button = notice.querySelector('button');
    expect(button?.textContent).toBe('Dismiss');
    button?.click();
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });
});
