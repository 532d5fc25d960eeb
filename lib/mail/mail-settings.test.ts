import { describe, expect, it } from 'vitest';
import { readMailSettings } from './mail-settings';

describe('mail settings', () => {
  it('is off without SMTP_HOST', () => {
    expect(readMailSettings({})).toBeNull();
  });

  it('reads host, port, TLS, credentials and the From address, with sensible defaults', () => {
    expect(readMailSettings({ SMTP_HOST: 'smtp.example.org', MAIL_FROM: 'Answerable <alerts@example.org>' })).toEqual({ host: 'smtp.example.org', port: 587, secure: false, auth: undefined, from: 'Answerable <alerts@example.org>' });
    expect(readMailSettings({ SMTP_HOST: 'smtp.example.org', SMTP_PORT: '465', SMTP_USER: 'u', SMTP_PASSWORD: ' p ', MAIL_FROM: 'a@example.org' })).toMatchObject({ port: 465, secure: true, auth: { user: 'u', pass: ' p ' } });
    expect(readMailSettings({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525', SMTP_SECURE: 'false', MAIL_FROM: 'a@example.org' })).toMatchObject({ port: 2525, secure: false });
  });

  it('stops with a clear message on a typo', () => {
    expect(() => readMailSettings({ SMTP_HOST: 'smtp.example.org' })).toThrow(/MAIL_FROM is required/);
    expect(() => readMailSettings({ SMTP_HOST: 'smtp.example.org', MAIL_FROM: 'a@example.org', SMTP_PORT: 'abc' })).toThrow(/SMTP_PORT/);
    expect(() => readMailSettings({ SMTP_HOST: 'smtp.example.org', MAIL_FROM: 'a@example.org', SMTP_USER: 'u' })).toThrow(/together/);
    expect(() => readMailSettings({ SMTP_HOST: 'smtp.example.org', MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM must be/);
    expect(() => readMailSettings({ SMTP_HOST: 'smtp.example.org', MAIL_FROM: 'a@example.org', SMTP_SECURE: 'maybe' })).toThrow(/SMTP_SECURE/);
  });
});
