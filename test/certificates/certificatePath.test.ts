import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificatePath } from '../../src/certificates/catalogueRun.js';

describe('certificatePath: where check --all writes a claim certificate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cubecheck-certpath-'));
  mkdirSync(join(dir, 'slow'));
  writeFileSync(join(dir, 'slow', 'ONLY-SLOW.json'), '{}');
  writeFileSync(join(dir, 'slow', 'BOTH.json'), '{}');
  writeFileSync(join(dir, 'BOTH.json'), '{}');

  it('a new claim goes to DIR/ID.json', () => expect(certificatePath(dir, 'NEW')).toBe(join(dir, 'NEW.json')));
  it('a certificate kept only in slow/ is refreshed there', () => expect(certificatePath(dir, 'ONLY-SLOW')).toBe(join(dir, 'slow', 'ONLY-SLOW.json')));
  it('a claim with certificates in both keeps DIR/ID.json', () => expect(certificatePath(dir, 'BOTH')).toBe(join(dir, 'BOTH.json')));
});
